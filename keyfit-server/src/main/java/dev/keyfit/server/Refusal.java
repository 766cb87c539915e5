package dev.keyfit.server;

/**
 * A request the server will not serve, with the status and one line for people saying what is wrong
 * and what to do; never a stack trace.
 */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  Refusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static Refusal badRequest(String message) {
    return new Refusal(400, message);
  }

  static Refusal notFound(String what) {
    return new Refusal(
        404,
        what
            + " is not here (it may be from an earlier run of keyfit serve); start again from the Scan or Batch page");
  }

  static Refusal tooLarge(String message) {
    return new Refusal(413, message);
  }
}
