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

  /** {@code text} with every Windows-1252 reading of a UTF-8 sequence decoded. */
  static String repair(String text) {
    return repair(text, null);
  }

  /**
   * A plain-language note on what {@link #repair} changed in {@code text}, or null when nothing:
   * how many places, and the first visible one as it was written and as it was read.
   */
  static String note(String text) {
    String[] first = new String[2];
    int places = count(text, first);
    if (places == 0) {
      return null;
    }
    return places
        + (places == 1 ? " place" : " places")
        + " of the text are garbled (UTF-8 read as Windows-1252, e.g. \u201c"
        + first[0]
        + "\u201d for \u201c"
        + first[1]
        + "\u201d); keyfit read them as meant, but an ATS may not";
  }

  private static int count(String text, String[] first) {
    int[] places = new int[1];
    repair(
        text,
        (written, read) -> {
          places[0]++;
          // the first example a reader can see: not a zero-width space or other format character
          if (first[0] == null && Character.getType(read.codePointAt(0)) != Character.FORMAT) {
            first[0] = written;
            first[1] = read;
          }
        });
    if (places[0] > 0 && first[0] == null) {
      first[0] = "\u00e2\u20ac\u2039";
      first[1] = "a zero-width space";
    }
    return places[0];
  }

  private interface Seen {
    void repaired(String written, String read);
  }

  private static String repair(String text, Seen seen) {
    StringBuilder out = null;
    int copied = 0;
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
      if (seen != null) {
        seen.repaired(text.substring(i, i + length), new String(Character.toChars(cp)));
      }
      i += length - 1;
      copied = i + 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
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
