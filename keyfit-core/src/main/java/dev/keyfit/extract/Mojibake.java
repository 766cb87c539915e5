package dev.keyfit.extract;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 before it reached the file, as many resumes
 * exported from web forms are: "Managerâ€™s" for "Manager’s", "â€¢30 â€“ Hour OSHA" for "•30 – Hour
 * OSHA". The broken forms split words ("Managerâ") and hide the dashes and bullets between them. A
 * run is replaced only when it is a whole, valid UTF-8 sequence read back from its Windows-1252
 * bytes (a lead byte Â–ô, then continuation bytes only), so ordinary accented text ("résumé",
 * "Ångström") is left as it is. Stateless.
 */
final class Mojibake {

  /** The Windows-1252 characters of bytes 0x80–0x9F, by byte; 0 where the byte is undefined. */
  private static final String CP1252_HIGH =
      "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\u017d\0"
          + "\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178";

  private Mojibake() {}

  /**
   * What one pass of the repair found: the repaired text, how many places it changed, and the first
   * one a reader can see (not a zero-width space or other format character, unless all are) as it
   * was written and as it was read.
   */
  record Repair(String text, int places, String written, String read) {

    /** A plain-language note on what was repaired, or null when nothing was. */
    String note() {
      if (places == 0) {
        return null;
      }
      return places
          + (places == 1 ? " place" : " places")
          + " of the text are garbled (UTF-8 read as Windows-1252, e.g. \u201c"
          + written
          + "\u201d for \u201c"
          + read
          + "\u201d); keyfit read them as meant, but an ATS may not";
    }
  }

  /**
   * Repairs {@code text} in one pass (every Windows-1252 reading of a UTF-8 sequence decoded),
   * counting the places and keeping the first example.
   */
  static Repair of(String text) {
    StringBuilder out = null;
    int copied = 0;
    int places = 0;
    String written = null;
    String read = null;
    boolean visible = false;
    for (int i = 0; i < text.length(); i++) {
      int lead = text.charAt(i);
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
      length = lead >= 0xF0 && lead <= 0xF4 ? 4 : length;
      if (length == 0 || i + length > text.length()) {
        continue;
      }
      int cp = decode(text, i, length);
      if (cp < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).appendCodePoint(cp);
      places++;
      if (!visible) {
        visible = Character.getType(cp) != Character.FORMAT;
        if (visible || written == null) {
          written = text.substring(i, i + length);
          read = visible ? new String(Character.toChars(cp)) : invisible(cp);
        }
      }
      i += length - 1;
      copied = i + 1;
    }
    return out == null
        ? new Repair(text, 0, null, null)
        : new Repair(out.append(text, copied, text.length()).toString(), places, written, read);
  }

  private static String invisible(int cp) {
    return cp == 0x200B ? "a zero-width space" : "an invisible character";
  }

  /** The code point of the UTF-8 sequence at {@code text[i..i+length)}, or -1 if it is none. */
  private static int decode(String text, int i, int length) {
    int lead = text.charAt(i);
    int cp = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int b = byteOf(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    boolean valid =
        cp >= min
            && cp <= 0x10FFFF
            && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    return valid ? cp : -1;
  }

  /** The Windows-1252 byte of {@code c}, or -1 when it has none above 0x7F. */
  private static int byteOf(char c) {
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return c; // an undefined byte passed through as a C1 control
    }
    int at = CP1252_HIGH.indexOf(c);
    return c != 0 && at >= 0 ? 0x80 + at : -1;
  }
}
