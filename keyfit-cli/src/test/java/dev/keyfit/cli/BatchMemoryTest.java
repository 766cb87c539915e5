package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file memory budget, in a real process with a small heap: a DOCX whose XML would take the
 * heap (and used to make a lane die of OutOfMemoryError) is refused before it is parsed, and the
 * files analyzed beside it, million-character texts included, all succeed.
 */
class BatchMemoryTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void aMemoryBombAtSmallHeapLeavesTheFilesBesideItAnalyzed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String sample : List.of("tpm-resume.pdf", "pm-resume.docx", "pm-resume.doc")) {
      Files.copy(Path.of("samples", sample), in.resolve(sample));
    }
    Files.writeString(in.resolve("long-sentence.txt"), BatchIsolateTest.oneSentence(1_000_000));
    writeXmlBomb(in.resolve("bomb.docx"), 600_000); // ~50 MB of XML in a ~6 MB file
    Path csv = dir.resolve("ranking.csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "batch",
                in.toString(),
                "--jobs",
                "2",
                "--timeout",
                "300",
                "-o",
                csv.toString(),
                "-q")
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile())
            .start();
    assertTrue(child.waitFor(500, TimeUnit.SECONDS), "the batch ended");
    String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.INPUT, child.exitValue(), stderr);
    assertFalse(stderr.contains("OutOfMemoryError") || stderr.contains("\tat "), stderr);
    Map<String, CSVRecord> rows = BatchCli.rows(csv);
    assertEquals(5, rows.size(), rows.keySet().toString());
    assertEquals("TOO_LARGE", rows.get("bomb.docx").get("status"));
    assertTrue(
        rows.get("bomb.docx").get("reason").startsWith("reading it needs about "),
        rows.get("bomb.docx").get("reason"));
    for (String good :
        List.of("tpm-resume.pdf", "pm-resume.docx", "pm-resume.doc", "long-sentence.txt")) {
      assertEquals("OK", rows.get(good).get("status"), good + ": " + rows.get(good));
    }
  }

  /** A valid DOCX of {@code paragraphs} short paragraphs: small on disk, large as a DOM. */
  static void writeXmlBomb(Path file, int paragraphs) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
              .getBytes(StandardCharsets.UTF_8));
      String[] words = {"project", "managed", "agile", "roadmap", "budget", "risk", "kafka"};
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < paragraphs; i++) {
        p.setLength(0);
        p.append("<w:p><w:r><w:t>");
        for (int w = 0; w < 6; w++) {
          p.append(words[(i * 31 + w * 7 + i / 3) % words.length]).append(' ');
        }
        p.append(i).append("</w:t></w:r></w:p>");
        zip.write(p.toString().getBytes(StandardCharsets.UTF_8));
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
