package dev.keyfit.cli;

/** Makes attacker-controlled text (file names, extracted text) safe to print on a terminal. */
final class Terminal {
  private Terminal() {}

  /** Replaces control characters, escape sequences and bidi overrides with '?'. */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      boolean control = (cp < 0x20 && cp != '\t') || cp == 0x7f || (cp >= 0x80 && cp < 0xa0);
      boolean bidi = (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
      b.appendCodePoint(control || bidi ? '?' : cp);
    });
    return b.toString();
  }
}
