package dev.keyfit.extract;

import java.nio.file.Path;

/**
 * Turns one document format into text. Implementations are stateless and thread-safe; they open the
 * file read-only and close everything they open, whatever happens.
 */
public interface Extractor {

  /** The format this extractor reads. */
  DocumentFormat format();

  /**
   * Reads the file's text.
   *
   * @throws ExtractionException with the reason when the file cannot be read; never any other
   *     checked exception. Unchecked exceptions from parsers on hostile input are caught by the
   *     caller's guard.
   */
  ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException;
}
