package dev.keyfit.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** TEMPORARY: replaced by the composite from the pdf branch. */
public final class Extractors {
  public static Extractors standard() {
    return new Extractors();
  }

  public ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new ExtractedDocument(file.getFileName().toString(), DocumentFormat.TEXT, text, LayoutSignals.ofText(text));
    } catch (IOException e) {
      throw new ExtractionException(Failure.IO_ERROR, e.getMessage(), e);
    }
  }
}
