package dev.keyfit.advise;

import dev.keyfit.keywords.Term;
import dev.keyfit.match.Match;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Check {@code acronyms}: for each term the resume shows whose dictionary forms include both an
 * acronym (PMP) and its long form (Project Management Professional), the resume writes both. An ATS
 * search or a recruiter's query uses one or the other, so a resume with only one misses half.
 */
final class AcronymCheck {

  static final int NAMED = 3;
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "for", "in", "the", "&", "to", "on");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&/]{1,6}");

  /** The dictionary's terms, by identity: only their pairs are kept. */
  private final Set<Term> known = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The acronym pair of each dictionary term a resume has matched so far ({@link #NONE} for a term
   * without one), by identity; filled on first use.
   */
  private final Map<Term, Pair> pairs = Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * Keeps the dictionary's terms, whose acronyms and long forms are then found on the first resume
   * that matches each (most terms never match in a process, and a single scan would otherwise scan
   * every term's forms, with two regexes a form, to use a few dozen pairs); the regexes of a pair
   * are compiled on first use and kept. A resume then costs a map look-up per matched term.
   */
  AcronymCheck(List<Term> terms) {
    known.addAll(terms);
  }

  /** A term's pair: kept for a dictionary term, found again for another (a posting's). */
  private Pair pair(Term term) {
    if (!known.contains(term)) {
      return pairOf(term);
    }
    Pair pair = pairs.get(term);
    if (pair == null) {
      Pair found = pairOf(term);
      pair = found == null ? NONE : found;
      pairs.put(term, pair);
    }
    return pair == NONE ? null : pair;
  }

  /**
   * A term's acronym (PMP) and long form (Project Management Professional), with their searches.
   * Each search has a key that a text must hold as one of its {@link Words} for the search to find
   * anything, so that a resume's words are read once, whatever the number of terms, and most terms
   * are ruled out by a set look-up without running a pattern.
   */
  private static final class Pair {
    final String acronym;
    final String longForm;

    /** The acronym's first ASCII letter-or-digit run (R for R&D), as written. */
    private final String shortKey;

    /** The long form's first ASCII letter-or-digit run in lower case, or null if it has none. */
    private final String longKey;

    /**
     * The long form's other whole words of ASCII letters and digits, in lower case: each is then a
     * whole run of any text the long form's pattern finds, so a text without one is ruled out
     * before the pattern runs ("Project Management Professional" in a resume with no
     * "professional").
     */
    private final List<String> longWords;

    private volatile Pattern shortPattern;
    private volatile Pattern longPattern;

    Pair(String acronym, String longForm) {
      this.acronym = acronym;
      this.longForm = longForm;
      this.shortKey = Words.firstRun(acronym);
      String longRun = Words.firstRun(longForm);
      this.longKey = longRun == null ? null : Words.asciiLower(longRun);
      List<String> others = new ArrayList<>();
      String[] parts = longForm.split(" ");
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].isEmpty()
            && parts[i].chars().allMatch(c -> Words.isAsciiLetterOrDigit((char) c))) {
          others.add(Words.asciiLower(parts[i]));
        }
      }
      this.longWords = List.copyOf(others);
    }

    // A match of the acronym's pattern starts and ends beside a character that is no letter or
    // digit, and the acronym starts with a letter and holds only [A-Z0-9&/]: its first run of
    // ASCII letters and digits is then a whole run of the text, as written.
    boolean shortIn(String text, Words words) {
      if (!words.exact.contains(shortKey)) {
        return false;
      }
      Pattern p = shortPattern;
      if (p == null) {
        p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])");
        shortPattern = p;
      }
      return p.matcher(text).find();
    }

    // A match of the long form's pattern ((?i) folds ASCII letters only) starts at a word boundary
    // and its first word is followed by white space: the first run of ASCII letters and digits of
    // the long form is then a whole run of the text, equal but for ASCII case.
    boolean longIn(String text, Words words) {
      if (longKey != null && !words.lower.contains(longKey)
          || !words.lower.containsAll(longWords)) {
        return false;
      }
      Pattern p = longPattern;
      if (p == null) {
        p = Pattern.compile("(?i)\\b" + Pattern.quote(longForm).replace(" ", "\\E\\s+\\Q") + "\\b");
        longPattern = p;
      }
      return p.matcher(text).find();
    }
  }

  /**
   * The maximal runs of ASCII letters and digits of one text, as written and in lower case: read
   * once per resume, and only when a matched term has an acronym pair.
   */
  private static final class Words {
    final Set<String> exact = new HashSet<>();
    final Set<String> lower = new HashSet<>();

    Words(String text) {
      int n = text.length();
      int i = 0;
      while (i < n) {
        if (!isAsciiLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
          i++;
        }
        String run = text.substring(start, i);
        if (exact.add(run)) {
          lower.add(asciiLower(run));
        }
      }
    }

    /** The first maximal run of ASCII letters and digits in {@code s}, or null. */
    static String firstRun(String s) {
      int start = 0;
      while (start < s.length() && !isAsciiLetterOrDigit(s.charAt(start))) {
        start++;
      }
      if (start == s.length()) {
        return null;
      }
      int end = start;
      while (end < s.length() && isAsciiLetterOrDigit(s.charAt(end))) {
        end++;
      }
      return s.substring(start, end);
    }

    static boolean isAsciiLetterOrDigit(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code s} with ASCII capitals lowered (its other characters are ASCII letters or digits). */
    static String asciiLower(String s) {
      char[] chars = s.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        if (chars[i] >= 'A' && chars[i] <= 'Z') {
          chars[i] = (char) (chars[i] + ('a' - 'A'));
        }
      }
      return new String(chars);
    }
  }

  /** The pair of a term that has none. */
  private static final Pair NONE = new Pair("", "");

  /** The first acronym form of the term that has a long form among its forms, or null. */
  private static Pair pairOf(Term term) {
    for (String acronym : term.forms()) {
      if (!ACRONYM.matcher(acronym).matches()) {
        continue;
      }
      String longForm = longFormOf(acronym, term.forms());
      if (longForm != null) {
        return new Pair(acronym, longForm);
      }
    }
    return null;
  }

  Check run(String text, List<Match> matches) {
    List<String> gaps = new ArrayList<>();
    Words words = null;
    for (Match m : matches) {
      Pair pair = pair(m.term());
      if (pair == null) {
        continue;
      }
      if (words == null) {
        words = new Words(text);
      }
      boolean hasShort = pair.shortIn(text, words);
      boolean hasLong = pair.longIn(text, words);
      if (hasShort && !hasLong) {
        gaps.add("'" + pair.acronym + "' without '" + pair.longForm + "'");
      } else if (hasLong && !hasShort) {
        gaps.add("'" + pair.longForm + "' without '" + pair.acronym + "'");
      }
    }
    if (gaps.isEmpty()) {
      return Check.pass("acronyms", "Acronyms and their long forms appear together.");
    }
    String named =
        String.join("; ", gaps.subList(0, Math.min(NAMED, gaps.size())))
            + (gaps.size() > NAMED ? " and " + (gaps.size() - NAMED) + " more" : "");
    return Check.warn(
        "acronyms",
        "Uses " + named + ".",
        "Write both once, e.g. 'Project Management Professional (PMP)': ATSs search one or the other.");
  }

  /** The form whose initials (small words skipped) spell the acronym, or null. */
  static String longFormOf(String acronym, List<String> forms) {
    String letters = acronym.replaceAll("[^A-Z]", "");
    for (String form : forms) {
      String[] words = form.split("\\s+");
      if (words.length < 2) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))
            && !w.isEmpty()
            && Character.isLetter(w.charAt(0))) {
          initials.append(Character.toUpperCase(w.charAt(0)));
        }
      }
      if (initials.toString().equals(letters)) {
        return form;
      }
    }
    return null;
  }
}
