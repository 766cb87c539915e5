package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} and {@code --jd} end within --timeout whatever the input does. */
class ScanTimeLimitTest {

  @TempDir Path dir;

  /**
   * A small PDF whose page draws a form 8 times, which draws the next form 8 times, 14 levels deep:
   * 8^14 form invocations, which no parser finishes.
   */
  static Path fanOutPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDFormXObject inner = null;
      for (int level = 0; level < 14; level++) {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        PDResources resources = new PDResources();
        StringBuilder content = new StringBuilder();
        if (inner == null) {
          content.append("0 0 1 1 re f\n");
        } else {
          resources.put(COSName.getPDFName("X"), inner);
          content.append("/X Do\n".repeat(8));
        }
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
          out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        inner = form;
      }
      PDPage page = new PDPage();
      doc.addPage(page);
      page.setResources(new PDResources());
      page.getResources().put(COSName.getPDFName("X"), inner);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(inner);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aResumeThatNeverFinishesParsingEndsTheScanAtTheTimeLimit() throws IOException {
    Path pdf = fanOutPdf(dir.resolve("fan-out.pdf"));
    CliRunner r = CliRunner.run("scan", pdf.toString(), "--timeout", "3");
    assertEquals(ExitCodes.INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("gave up after 3 s") && r.err().contains("--timeout"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aPostingThatNeverFinishesParsingEndsTheScanAtTheTimeLimit() throws IOException {
    Path resume = Files.writeString(dir.resolve("cv.txt"), dev.keyfit.testing.HostileFiles.RESUME);
    Path pdf = fanOutPdf(dir.resolve("posting.pdf"));
    CliRunner r =
        CliRunner.run("scan", resume.toString(), "--jd", pdf.toString(), "--timeout", "3");
    assertEquals(ExitCodes.INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("TIMEOUT") || r.err().contains("gave up"), r.err());
  }

  @Test
  void aTimeoutTooSmallToMeasureIsAUsageError() {
    CliRunner r = CliRunner.run("scan", "cv.txt", "--timeout", "0.0001");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("--timeout must be between"), r.err());
  }

  @Test
  void aBatchTimeoutTooSmallToMeasureIsAUsageError() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("cv.txt"), dev.keyfit.testing.HostileFiles.RESUME);
    CliRunner r = CliRunner.run("batch", in.toString(), "--timeout", "0.0001");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
  }
}
