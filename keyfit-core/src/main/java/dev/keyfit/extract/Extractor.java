package dev.keyfit.extract;

import java.nio.file.Path;

/**
 * Turns one document format into text. Implementations are stateless and thread-safe; they open a
 * file read-only and close everything they open, whatever happens.
 */
public interface Extractor {

  /** The format this extractor reads. */
  DocumentFormat format();

  /**
   * Reads the document's text: from memory when the source holds bytes (never through a temporary
   * file), from the file when it is one.
   *
   * @throws ExtractionException with the reason when the file cannot be read; never any other
   *     checked exception. Unchecked exceptions from parsers on hostile input are caught by the
   *     caller's guard.
   */
  ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException;

  /** Reads a file's text: {@link #extract(DocumentSource, ExtractionLimits)} on the file. */
  default ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException {
    return extract(DocumentSource.of(file), limits);
  }
}
