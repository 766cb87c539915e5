package dev.keyfit.testing;

import dev.keyfit.Keyfit;
import dev.keyfit.extract.Extractor;
import dev.keyfit.extract.Extractors;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.keywords.DictionaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One shared dictionary and {@link Keyfit} for tests (loading NLP models and compiling is slow).
 */
public final class TestKeyfit {
  private static Dictionary dictionary;
  private static Keyfit keyfit;

  private TestKeyfit() {}

  /**
   * The built-in dictionary, or the working copy in {@code keywords/} when the build has none yet.
   */
  public static synchronized Dictionary dictionary() {
    if (dictionary == null) {
      try {
        Path local = Path.of("keywords");
        dictionary =
            Files.isDirectory(local) ? DictionaryLoader.load(local) : DictionaryLoader.builtIn();
      } catch (DictionaryException e) {
        throw new IllegalStateException(e.problems().toString(), e);
      }
    }
    return dictionary;
  }

  /** keyfit with the standard extractors. */
  public static synchronized Keyfit standard() {
    if (keyfit == null) {
      keyfit = build(Keyfit.builder().dictionary(dictionary()));
    }
    return keyfit;
  }

  /** keyfit whose extractors are the given fakes (for TEXT files). */
  public static Keyfit with(Extractor... extractors) {
    return build(
        Keyfit.builder().dictionary(dictionary()).extractors(Extractors.of(List.of(extractors))));
  }

  /**
   * Builds a keyfit whose dictionary is given, so that building cannot fail on dictionary files.
   */
  public static Keyfit build(Keyfit.Builder builder) {
    try {
      return builder.build();
    } catch (DictionaryException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }
}
