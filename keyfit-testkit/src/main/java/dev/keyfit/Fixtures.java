package dev.keyfit;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.keywords.DictionaryLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Shared test fixtures: the small test dictionary and documents made from text. */
public final class Fixtures {

  private static Keyfit small;

  private Fixtures() {}

  /** The test kit's fixture files, from the repository root where every module's tests run. */
  public static final Path KIT = Path.of("keyfit-testkit/src/main/resources");

  /** The folder of a test resource. */
  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small, fixed test dictionary (in the test kit: dev/keyfit/small-dictionary). */
  public static Dictionary smallDictionary() {
    try {
      return DictionaryLoader.fromDirectory(KIT.resolve("dev/keyfit/small-dictionary"));
    } catch (DictionaryException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }

  /** keyfit over the small dictionary, shared across tests. */
  public static synchronized Keyfit smallKeyfit() {
    if (small == null) {
      small = dev.keyfit.testing.TestKeyfit.build(Keyfit.builder().dictionary(smallDictionary()));
    }
    return small;
  }

  /** A text document with the given lines. */
  public static ExtractedDocument text(String... lines) {
    String text = String.join("\n", lines);
    return new ExtractedDocument("test.txt", DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
  }

  /**
   * A thinly worded resume of a working project manager: one dated Project Manager job and five
   * plain bullets, scoring between the fit bar with a held title and the usual one.
   */
  public static ExtractedDocument thinProjectManager() {
    return text(
        "EXPERIENCE",
        "02/2015 to 2019",
        "Project Manager Company Name",
        "- Managed project budgets and schedules for residential builds",
        "- Coordinated subcontractors and tracked risks and change orders",
        "- Ran weekly status meetings with stakeholders",
        "- Prepared the project schedule and scope statement for the owner",
        "- Tracked the budget and cost variance monthly for the client");
  }
}
