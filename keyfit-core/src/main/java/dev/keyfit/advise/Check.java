package dev.keyfit.advise;

import java.util.Locale;
import java.util.Objects;

/**
 * One ATS or writing check.
 *
 * @param id stable id, e.g. {@code contact-email}
 * @param status pass, warn or fail
 * @param message what was found, one line
 * @param fix what to do, one line (empty when the check passes)
 */
public record Check(String id, Status status, String message, String fix) {

  /** The outcome of a check. */
  public enum Status {
    PASS,
    WARN,
    FAIL;

    /** The lower-case id used in reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Check {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
  }

  static Check pass(String id, String message) {
    return new Check(id, Status.PASS, message, "");
  }

  static Check warn(String id, String message, String fix) {
    return new Check(id, Status.WARN, message, fix);
  }

  static Check fail(String id, String message, String fix) {
    return new Check(id, Status.FAIL, message, fix);
  }
}
