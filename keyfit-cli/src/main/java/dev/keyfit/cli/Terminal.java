package dev.keyfit.cli;

import dev.keyfit.render.Safe;

/** Makes attacker-controlled text (file names, extracted text) safe to print on a terminal. */
final class Terminal {
  private Terminal() {}

  /** Replaces control characters, escape sequences and bidi overrides with '?'. */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> b.appendCodePoint(cp != '\t' && Safe.isUnsafe(cp) ? '?' : cp));
    return b.toString();
  }
}
