package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyfit.testing.DebianPackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Word separation on third-party PDFs (LaTeX and XeLaTeX templates, exported resumes) must be as
 * good as poppler's {@code pdftotext}: of the words keyfit extracts, at least 99% must also be
 * words of pdftotext's text. A lost word space ("AWSwith") makes a word pdftotext does not have.
 * The reference is pdftotext itself (poppler-utils, installed with one bounded apt-get when we are
 * root), else the committed-by-the-corpus reference text; files with neither are skipped.
 */
class PdfWordSeparationTest {

  static final double FLOOR = 0.99;
  private final Extractors extractors = Extractors.standard();

  @Test
  void extractedWordsAreWordsPdftotextAlsoFinds() throws Exception {
    Path corpus = CorpusPdfTest.corpus();
    assumeTrue(corpus != null, "shared corpus absent; PDF word separation not measured");
    List<Path> pdfs = new ArrayList<>();
    for (Path dir : List.of(corpus.resolve("resumes-pdf"), corpus.resolve("real/resumes"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
        }
      }
    }
    assumeTrue(!pdfs.isEmpty(), "no PDFs in the corpus");
    Path pdftotext = Pdftotext.locate();
    List<String> failures = new ArrayList<>();
    int measured = 0;
    for (Path pdf : pdfs) {
      String reference = reference(pdftotext, corpus, pdf);
      if (reference == null) {
        System.out.println(
            "word separation: " + pdf.getFileName() + " skipped (no pdftotext, no reference text)");
        continue;
      }
      Set<String> known = new HashSet<>(words(reference));
      List<String> ours = words(extractors.extract(pdf).text());
      List<String> unknown = ours.stream().filter(w -> !known.contains(w)).toList();
      double share = ours.isEmpty() ? 0 : 1 - (double) unknown.size() / ours.size();
      measured++;
      System.out.printf(
          Locale.ROOT,
          "word separation: %-55s %6.2f%% of %5d words (%s)%s%n",
          pdf.getFileName(),
          100 * share,
          ours.size(),
          pdftotext != null ? "pdftotext" : "reference text",
          unknown.isEmpty()
              ? ""
              : " not in reference: " + unknown.stream().distinct().limit(8).toList());
      if (share < FLOOR) {
        failures.add(pdf.getFileName() + String.format(Locale.ROOT, " %.2f%%", 100 * share));
      }
    }
    assumeTrue(
        measured > 0,
        "neither pdftotext nor reference text available; word separation not measured");
    assertTrue(failures.isEmpty(), "below the " + 100 * FLOOR + "% floor: " + failures);
  }

  /** pdftotext's text of the file, else the corpus's reference text for it, else null. */
  private static String reference(Path pdftotext, Path corpus, Path pdf)
      throws IOException, InterruptedException {
    if (pdftotext != null) {
      return Pdftotext.run(pdftotext, pdf);
    }
    Path text = corpus.resolve("real/reference-text").resolve(pdf.getFileName() + ".txt");
    return Files.isRegularFile(text) ? Files.readString(text, StandardCharsets.UTF_8) : null;
  }

  /**
   * Words as a reader counts them: whitespace-separated, outer punctuation dropped, lower case,
   * ligatures expanded, hyphenated and slashed compounds split.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC); // ligatures
    for (String token :
        compatible.toLowerCase(Locale.ROOT).split("[\\s\\p{Z}\\-\u00AD\u2010-\u2015/|·•]+")) {
      String w = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (!w.isEmpty() && w.codePoints().anyMatch(Character::isLetter)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Poppler's pdftotext, found on the PATH or installed once (as root) with apt-get. */
  static final class Pdftotext {
    static Path locate() {
      return DebianPackages.find("poppler-utils", "/usr/bin/pdftotext", "/usr/local/bin/pdftotext")
          .orElse(null);
    }

    static String run(Path pdftotext, Path pdf) throws IOException, InterruptedException {
      Path out = Files.createTempFile("keyfit-pdftotext", ".txt");
      try {
        Process p =
            new ProcessBuilder(
                    pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("pdftotext did not finish within 60 s on " + pdf);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(out);
      }
    }
  }
}
