package dev.keyfit.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** TEMPORARY: replaced by the composite from the pdf branch. */
public final class Extractors {
  private final List<Extractor> extractors;

  private Extractors(List<Extractor> extractors) {
    this.extractors = List.copyOf(extractors);
  }

  public static Extractors standard() {
    return new Extractors(List.of());
  }

  /**
   * Extractors dispatching to the given ones: a file goes to the first extractor for its detected
   * format (this stub detects every file as {@link DocumentFormat#TEXT}). The seam for tests.
   */
  public static Extractors of(List<Extractor> extractors) {
    return new Extractors(extractors);
  }

  public ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException {
    for (Extractor e : extractors) {
      if (e.format() == DocumentFormat.TEXT) {
        return e.extract(file, limits);
      }
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new ExtractedDocument(file.getFileName().toString(), DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
    } catch (IOException e) {
      throw new ExtractionException(Failure.IO_ERROR, e.getMessage(), e);
    }
  }
}
