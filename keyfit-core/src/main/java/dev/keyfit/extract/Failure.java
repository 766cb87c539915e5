package dev.keyfit.extract;

/** Why a file could not be analyzed; each value is a status in batch rankings and reports. */
public enum Failure {
  EMPTY("the file is empty or has no text", "check that you chose the right file"),
  ENCRYPTED("the file is password-protected", "save an unprotected copy and scan that"),
  CORRUPT("the file is damaged or not a valid document", "re-export it from the original editor"),
  NEEDS_OCR(
      "the file has no text layer (a scanned image); OCR is not performed",
      "export the resume from its editor as a text-based PDF or DOCX"),
  TOO_LARGE(
      "the file is over the size, page, text or memory limit",
      "check the file, or raise --max-file-size or the memory limit"),
  UNSUPPORTED("the format is not supported", "save the resume as " + DocumentFormat.namesProse()),
  IO_ERROR("the file could not be read", "check that it exists and that you may read it"),
  TIMEOUT("reading the file took longer than the time limit", "check the file, or raise --timeout"),
  OUT_OF_MEMORY("reading the file ran out of memory", "check the file; it may be a memory bomb");

  private final String reason;
  private final String remedy;

  Failure(String reason, String remedy) {
    this.reason = reason;
    this.remedy = remedy;
  }

  /** A short, user-facing explanation, e.g. "the file is password-protected". */
  public String reason() {
    return reason;
  }

  /** What the user can do about it. */
  public String remedy() {
    return remedy;
  }
}
