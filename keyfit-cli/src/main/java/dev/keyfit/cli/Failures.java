package dev.keyfit.cli;

import dev.keyfit.extract.ExtractionException;

/** One-line descriptions of files that could not be analyzed. */
final class Failures {
  private Failures() {}

  /** "file: what went wrong; what to do", e.g. "cv.pdf: the file is password-protected; save …". */
  static String describe(java.nio.file.Path file, ExtractionException e) {
    String detail = e.getMessage();
    String reason = e.failure().reason();
    String message = detail == null || detail.equals(reason) ? reason : detail;
    // failures of the job posting already name it; others are about the resume
    String prefix = e.subject() == ExtractionException.Subject.POSTING ? "" : file + ": ";
    return prefix + message + "; " + e.failure().remedy();
  }
}
