package dev.keyfit.advise;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.report.Report;
import java.nio.file.Path;

/** The advice fixtures: a fixed test dictionary and the resumes and postings next to it. */
public final class Fixtures {

  private static Keyfit keyfit;

  private Fixtures() {}

  /**
   * keyfit over the test dictionary in {@code
   * keyfit-testkit/src/main/resources/dev/keyfit/advise/keywords}.
   */
  public static synchronized Keyfit keyfit() {
    if (keyfit == null) {
      try {
        keyfit = Keyfit.builder().keywords(path("keywords")).build();
      } catch (DictionaryException e) {
        throw new AssertionError("test dictionary is invalid: " + e.getMessage(), e);
      }
    }
    return keyfit;
  }

  /** A fixture file by name. */
  public static Path path(String name) {
    Path file = dev.keyfit.Fixtures.KIT.resolve("dev/keyfit/advise").resolve(name);
    if (!java.nio.file.Files.exists(file)) {
      throw new AssertionError("missing fixture " + file);
    }
    return file;
  }

  /** Analyzes a fixture resume, against a fixture posting when one is named. */
  public static Report analyze(String resume, String posting) throws ExtractionException {
    AnalysisOptions options = AnalysisOptions.defaults();
    if (posting != null) {
      options = options.withJobPosting(path(posting));
    }
    return keyfit().analyze(path(resume), options);
  }

  /** Analyzes a resume given as text. */
  public static Report analyzeText(String text) throws ExtractionException {
    return keyfit()
        .analyze(
            new ExtractedDocument(
                "resume.txt", DocumentFormat.TEXT, text, LayoutSignals.ofText(text)),
            AnalysisOptions.defaults());
  }

  /** The check with this id. */
  public static Check check(Report report, String id) {
    return report.advice().checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id));
  }
}
