package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The golden inputs under {@code src/test/resources/golden/} and helpers to render and compare. Run
 * with {@code -Dkeyfit.updateGolden=true} to rewrite the expected files instead of comparing (then
 * review the diff: every change is a change users see).
 */
final class GoldenFiles {

  static final Path DIR = Path.of("keyfit-render-pdf/src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("keyfit.updateGolden");
  private static Keyfit keyfit;

  private GoldenFiles() {}

  /** One shared analyzer: loading the NLP models once keeps the suite fast. */
  static synchronized Keyfit keyfit() {
    if (keyfit == null) {
      try {
        keyfit = Keyfit.create();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return keyfit;
  }

  /** The golden input resumes, by name. */
  static List<String> inputs() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".input.txt"))
          .map(n -> n.substring(0, n.length() - ".input.txt".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A real sample end to end: {@code samples/tpm-resume.pdf} (PDF extraction, the shipped
   * dictionary) against {@code samples/tpm-posting.txt} (posting matching and unknown terms).
   */
  static final String SAMPLE = "sample-tpm-resume-vs-posting";

  /** The report of a golden input, the real sample, or the hand-built job-match fixture. */
  static Report report(String name) {
    if (name.equals("jobmatch-fixture")) {
      return ReportFixtures.withJobMatch();
    }
    if (name.equals(SAMPLE)) {
      try {
        return keyfit()
            .analyze(
                Path.of("samples/tpm-resume.pdf"),
                AnalysisOptions.defaults().withJobPosting(Path.of("samples/tpm-posting.txt")));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      return keyfit().analyze(DIR.resolve(name + ".input.txt"), AnalysisOptions.defaults());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] render(Report report, ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Renderers.forFormat(format).orElseThrow().render(report, Renderer.RenderOptions.PLAIN, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // openhtmltopdf draws bold runs apart from the line
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares {@code actual} with the expected file, or rewrites the file in update mode. */
  static void check(String expectedFile, String actual) throws IOException {
    Path expected = DIR.resolve(expectedFile);
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      if (!UPDATE) {
        throw new AssertionError(
            expected + " was missing and has been written; review it and run again");
      }
      return;
    }
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8),
        actual,
        expectedFile
            + " differs; if the change is intended, rerun with -Dkeyfit.updateGolden=true");
  }
}
