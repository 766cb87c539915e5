package dev.keyfit.nlp;

/**
 * A cheap test for the one part every date-range expression needs: a year written {@code
 * (?:19|20)\d\d}, four ASCII digits. Most lines of a resume hold none, so a line without one can
 * skip the expression (the answer is the same: the expression cannot match it).
 */
public final class YearDigits {

  private YearDigits() {}

  /** True when {@code text} holds "19" or "20" followed by two ASCII digits. */
  public static boolean in(CharSequence text) {
    int n = text.length() - 3;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if ((c == '1' && d == '9' || c == '2' && d == '0')
          && digit(text.charAt(i + 2))
          && digit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
