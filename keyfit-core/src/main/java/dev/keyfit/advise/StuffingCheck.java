package dev.keyfit.advise;

import dev.keyfit.keywords.Category;
import dev.keyfit.match.Evidence;
import dev.keyfit.match.Match;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check {@code keyword-stuffing}: the same words for a term repeated the way stuffing repeats them
 * fail: {@value #PER_LINE} or more times in one line ("Jira Jira Jira", a list that names it again
 * and again), or more than {@value #MAX_REPEATS} times at over {@value #RATE} per 100 words outside
 * the experience bullets (in lists, the summary, the header, or again within one bullet). A term
 * named once in each of many bullets, or in different words ("LAN", "network infrastructure"), is
 * how experience reads, not stuffing. A long list of terms that appear nowhere in the experience
 * warns. Recruiters read both as gaming the ATS, and the scorer gives neither extra points.
 */
final class StuffingCheck {

  static final int PER_LINE = 3;
  static final int MAX_REPEATS = 8;
  static final double RATE = 3.0;
  static final int MIN_LISTED_ONLY = 8;
  static final double LISTED_ONLY_SHARE = 0.5;

  private StuffingCheck() {}

  /** One term's worst repetition: its words, how often, and where ("line 7" or "650 words"). */
  private record Repeat(String words, int times, String where) {}

  /**
   * @param words the resume's word count, for the rate
   */
  static Check run(List<Match> matches, int words) {
    List<Repeat> repeated = new ArrayList<>();
    for (Match m : matches) {
      Repeat r = repetition(m, words);
      if (r != null) {
        repeated.add(r);
      }
    }
    if (!repeated.isEmpty()) {
      repeated.sort(
          Comparator.comparingInt((Repeat r) -> -r.times())
              .thenComparing(r -> r.words().toLowerCase(Locale.ROOT)));
      return Check.fail(
          "keyword-stuffing",
          "Repeated far beyond normal: "
              + String.join(
                  ", ",
                  repeated.stream()
                      .limit(3)
                      .map(r -> "'" + r.words() + "' ×" + r.times() + " " + r.where())
                      .toList())
              + ".",
          "Mention each skill where you used it; repetition reads as stuffing and earns no points.");
    }
    List<Match> listedOnly =
        matches.stream()
            .filter(m -> m.term().category() != Category.CERTIFICATIONS && !shown(m))
            .toList();
    if (listedOnly.size() >= MIN_LISTED_ONLY
        && listedOnly.size() >= LISTED_ONLY_SHARE * matches.size()) {
      return Check.warn(
          "keyword-stuffing",
          listedOnly.size()
              + " of "
              + matches.size()
              + " terms appear only in lists, never in your experience (e.g. "
              + String.join(", ", listedOnly.stream().limit(4).map(m -> m.term().name()).toList())
              + ").",
          "Back the skills you list with experience bullets that use them; drop the ones you cannot.");
    }
    return Check.pass("keyword-stuffing", "No sign of keyword stuffing.");
  }

  /**
   * The term's words repeated like stuffing, or null: the line that repeats one form most, when it
   * does so {@value #PER_LINE}+ times; else the form used most in the resume, when it is used more
   * than {@value #MAX_REPEATS} times at over {@value #RATE} per 100 words, one mention in each
   * experience or project line not counted.
   */
  private static Repeat repetition(Match m, int words) {
    Repeat worstLine = null;
    Map<String, Integer> totals = new LinkedHashMap<>();
    Map<String, String> asWritten = new LinkedHashMap<>();
    List<String> forms = forms(m);
    List<Pattern> patterns = new ArrayList<>(forms.size());
    for (String form : forms) {
      patterns.add(wholeWord(form));
    }
    for (Evidence e : m.evidence()) {
      for (int f = 0; f < forms.size(); f++) {
        String form = forms.get(f);
        if (!containsIgnoringCase(e.text(), form)) {
          continue; // most lines hold one of the term's spellings: the pattern finds nothing here
        }
        Counts counts = count(patterns.get(f), e.text(), form);
        int n = counts.all();
        if (n == 0) {
          continue;
        }
        String key = form.toLowerCase(Locale.ROOT);
        // one mention in each experience bullet is how work reads: only the rest can be stuffing
        boolean work = e.section() == Section.EXPERIENCE || e.section() == Section.PROJECTS;
        totals.merge(key, work ? n - 1 : n, Integer::sum);
        asWritten.putIfAbsent(key, form);
        n = counts.alone();
        if (n >= PER_LINE && (worstLine == null || n > worstLine.times())) {
          worstLine = new Repeat(form, n, "in line " + e.line());
        }
      }
    }
    if (worstLine != null) {
      return worstLine;
    }
    Repeat most = null;
    for (Map.Entry<String, Integer> t : totals.entrySet()) {
      boolean tooOften =
          t.getValue() > MAX_REPEATS && words > 0 && 100.0 * t.getValue() / words > RATE;
      if (tooOften && (most == null || t.getValue() > most.times())) {
        most =
            new Repeat(
                asWritten.get(t.getKey()),
                t.getValue(),
                "outside experience bullets (" + words + " words in all)");
      }
    }
    return most;
  }

  /** The term's distinct words as the resume writes them, one per spelling regardless of case. */
  private static List<String> forms(Match m) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String w : m.words()) {
      byKey.putIfAbsent(w.toLowerCase(Locale.ROOT), w);
    }
    if (byKey.isEmpty()) {
      byKey.put(m.term().name().toLowerCase(Locale.ROOT), m.term().name());
    }
    return List.copyOf(byKey.values());
  }

  /** How often {@code form} occurs in {@code text} as whole words, ignoring case. */
  static int occurrences(String text, String form) {
    return count(wholeWord(form), text, form).all();
  }

  /**
   * How often {@code form} stands alone in {@code text}: as a list item of its own or next to
   * itself ("Jira, Jira", "Agile Agile"), not as the start or end of a longer name ("AWS Lambda,
   * AWS S3", "SQL Server 2012" repeat a family name, not a keyword).
   */
  static int standalone(String text, String form) {
    return count(wholeWord(form), text, form).alone();
  }

  /** {@code form} as a whole word, ignoring case: compiled once per term, not once per line. */
  private static Pattern wholeWord(String form) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * True when {@code text} holds {@code form} ignoring case, compared a character at a time as the
   * case-insensitive pattern compares them: where this is false, the pattern finds nothing.
   */
  private static boolean containsIgnoringCase(String text, String form) {
    int n = form.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, form, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** How often a form occurs in a text, and how often it stands alone there. */
  private record Counts(int all, int alone) {}

  /** How often {@code word} (the form's pattern) occurs in {@code text}, and stands alone. */
  private static Counts count(Pattern word, String text, String form) {
    Matcher f = word.matcher(text);
    int all = 0;
    int alone = 0;
    while (f.find()) {
      all++;
      if (edge(text, f.start(), -1, form) && edge(text, f.end(), +1, form)) {
        alone++;
      }
    }
    return new Counts(all, alone);
  }

  /**
   * True when, past spaces, {@code text} from {@code at} in direction {@code step} reaches its end,
   * a punctuation mark, or the same form again: not another word of a longer name.
   */
  private static boolean edge(String text, int at, int step, String form) {
    int i = step < 0 ? at - 1 : at;
    while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
      i += step;
    }
    if (i < 0 || i >= text.length()) {
      return true;
    }
    if (!Character.isLetterOrDigit(text.charAt(i))) {
      return true;
    }
    int from = step < 0 ? i + 1 - form.length() : i;
    return from >= 0 && text.regionMatches(true, from, form, 0, form.length());
  }

  private static boolean shown(Match m) {
    for (Evidence e : m.evidence()) {
      if (e.section() == Section.EXPERIENCE
          || e.section() == Section.PROJECTS
          || e.section() == Section.SUMMARY) {
        return true;
      }
    }
    return false;
  }
}
