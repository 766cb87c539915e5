package dev.keyfit.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a line states a measurable result: a percentage, an amount of money, a multiple, a
 * before/after figure ("from 3 weeks to 5 days"), "doubled", or a count of anything, written in
 * digits or words ("4 directors", "twelve sites", "zero downtime"). Dates, years, phone numbers,
 * times, version numbers ("Java 8 services", "Windows 10"), labels ("Tier 2", "Phase 3") and years
 * of experience do not count.
 */
public final class ResultDetector {

  /** Numbers in words; "one" is left out, it is mostly not a count ("one of the"). */
  private static final List<String> NUMBERS =
      List.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "fifteen", "twenty", "thirty", "forty", "fifty");

  /** Numbers in words that also count in the plural ("hundreds of"). */
  private static final List<String> AMOUNTS = List.of("hundred", "thousand", "million", "dozen");

  /** Verbs that state a multiple by themselves. */
  private static final List<String> MULTIPLES =
      List.of("doubled", "tripled", "quadrupled", "halved");

  /** A number in words. */
  private static final String WORD_NUMBER =
      String.join("|", NUMBERS) + "|" + String.join("s?|", AMOUNTS) + "s?";

  /** A number in digits, with grouping or decimals: "4", "1,200", "2.5". */
  private static final String DIGITS = "\\d+(?:[.,]\\d+)*";

  /** Figures that are results by their form, whatever follows them. */
  private static final Pattern FIGURE =
      Pattern.compile(
          "\\d+(?:[.,]\\d+)?\\s?%"
              + "|\\d+(?:[.,]\\d+)?\\s?(?:percent|per cent|pct)\\b"
              + "|[$€£¥]\\s?\\d"
              + "|\\b\\d+(?:[.,]\\d+)?\\s?(?:k|m|mm|bn|b|x|million|billion|thousand)\\b"
              + "|\\b(?:"
              + String.join("|", MULTIPLES)
              + ")\\b"
              + "|(?<![\\p{L}\\p{N}/-])\\d+-(?:person|people|member|strong|seat|site|country|state|city"
              + "|store|office|location|bed|hospital|school|team|squad|product)\\b"
              + "|\\bfrom\\s+(?:"
              + DIGITS
              + "|"
              + WORD_NUMBER
              + ")\\b\\S*(?:\\s+\\S+){0,3}?\\s+to\\s+(?:\\d+|(?:"
              + WORD_NUMBER
              + ")\\b)"
              + "|\\b(?:by|to|of)\\s+\\d+(?:[.,]\\d+)?\\b(?!\\s*(?:19|20)\\d\\d)(?![/:.-]\\d)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A count: a number (digits, words, or "zero") then a word, as in "4 directors", "twelve sites",
   * "zero downtime", "zero-defect"; group 1 the word before, 2 the number, 3 the word after.
   */
  private static final Pattern COUNT =
      Pattern.compile(
          "(?:(?<!\\p{L})([\\p{L}&]+)\\s+)?(?<![\\p{L}\\p{N}.,:/#+'’\\-–])("
              + DIGITS
              + "\\+?|(?i:"
              + WORD_NUMBER
              + "|zero))(?:\\s+|(?<=(?i:zero))-)(?:(?i:more|new|additional|different|separate|"
              + "distinct|major|key|senior|direct|global|remote)\\s+)?(\\p{L}[\\p{L}'-]*)");

  /** Words after a number that make it no count: function words, dates, years, times. */
  private static final Pattern NOT_A_COUNT =
      Pattern.compile(
          "(?i)of|to|and|or|in|on|at|for|the|a|an|from|by|with|per|vs|than|is|was|are|were|"
              + "years?|yrs?|year-old|yo|am|pm|a\\.m|p\\.m|st|nd|rd|th|till|sigma|"
              + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
              + "april|june|july|august|september|october|november|december");

  /** Words before a number that make it a label or version, not a count. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)tier|level|phase|version|v|release|step|grade|stage|class|round|series|section|"
              + "chapter|part|no|number|page|room|suite|unit|floor|building|box|route|highway|"
              + "top|since|until|till|age|aged|ages");

  /** Phone numbers, dates and times, removed before counting. */
  private static final Pattern NOISE =
      Pattern.compile(
          "\\+?\\(?\\d{1,4}\\)?(?:[\\s.-]\\(?\\d{2,4}\\)?){2,4}"
              + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
              + "|\\b\\d{1,2}/(?:19|20)\\d\\d\\b"
              + "|\\b\\d{1,2}:\\d\\d\\b"
              + "|\\b\\d+\\s+(?:\\p{Lu}\\p{L}*\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane"
              + "|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Suite)\\b");

  /** The words {@link #FIGURE} or {@link #COUNT} can match without a digit, in full. */
  private static final Set<String> NUMBER_WORDS = numberWords();

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern YEAR_ONLY = Pattern.compile("^(?:19|20)\\d\\d$");
  private static final Pattern TRAILING_NON_DIGITS = Pattern.compile("\\D+$");
  private static final Pattern LEADING_NON_DIGITS = Pattern.compile("^\\D+");

  private ResultDetector() {}

  /** True when the line states a measurable result. */
  public static boolean isMeasurable(String line) {
    boolean digit = hasDigit(line);
    if (!digit && !hasNumberWord(line)) {
      return false;
    }
    // every kind of noise holds a digit: a line without one has none to remove
    String text = digit ? NOISE.matcher(line).replaceAll(" ") : line;
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String hit =
          LEADING_NON_DIGITS
              .matcher(TRAILING_NON_DIGITS.matcher(m.group()).replaceAll(""))
              .replaceAll("");
      if (!YEAR_ONLY.matcher(hit).matches() && !yearToYear(m.group())) {
        return true;
      }
    }
    Matcher c = COUNT.matcher(text);
    int from = 0;
    while (c.find(from)) {
      if (isCount(text, c)) {
        return true;
      }
      from = c.end(2); // the word after a rejected number may be the word before the next one
    }
    return false;
  }

  /** True when {@code text} holds an ASCII digit, what {@code \d} matches. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of {@code text}'s runs of letters is, in lower case, a word that {@link #FIGURE}
   * or {@link #COUNT} can match without a digit: a number in words, "zero", "doubled". Both
   * patterns put such a word between characters that are no letters, so it is a whole run; a line
   * without a digit and without such a run matches neither (lowering by Unicode folds at least what
   * the patterns' ASCII case folding does, so no match is ruled out).
   */
  private static boolean hasNumberWord(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (NUMBER_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> numberWords() {
    Set<String> words = new HashSet<>(NUMBERS);
    words.add("zero");
    words.addAll(MULTIPLES);
    for (String amount : AMOUNTS) {
      words.add(amount);
      words.add(amount + "s");
    }
    return Set.copyOf(words);
  }

  /** "from 2019 to 2021": a date range, not a before/after figure. */
  private static boolean yearToYear(String hit) {
    Matcher y = YEAR.matcher(hit);
    return hit.regionMatches(true, 0, "from", 0, 4) && y.find() && y.find();
  }

  /** True when only spaces and punctuation (":", ";", "•", a dash) come before {@code at}. */
  private static boolean opensClause(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || ":;.•|–—-(".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isCount(String text, Matcher c) {
    String number = c.group(2);
    String after = c.group(3);
    String before = c.group(1);
    if (YEAR.matcher(number).matches() || NOT_A_COUNT.matcher(after).matches()) {
      return false;
    }
    if (before != null && LABEL.matcher(before).matches()) {
      return false;
    }
    // a capitalised word right before a number names a product or a place ("Java 8", "WA 98101",
    // "ISO 9001"), unless it is a verb that opens a clause ("Hired 5 engineers", "…: Managed 40")
    boolean digits = Character.isDigit(number.charAt(0));
    if (digits && before != null && Character.isUpperCase(before.charAt(0))) {
      boolean acronym = before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT));
      boolean verb = !acronym && before.endsWith("ed");
      if (acronym || !verb && !opensClause(text, c.start(1))) {
        return false;
      }
    }
    return true;
  }
}
