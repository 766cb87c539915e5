package dev.keyfit.advise;

import dev.keyfit.keywords.Term;
import dev.keyfit.match.Match;
import java.util.ArrayList;
import java.util.Collections;
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

  /** The acronym pair of each dictionary term that has one, by identity; built once. */
  private final Map<Term, Pair> pairs = new IdentityHashMap<>();

  /** The terms with no acronym pair. */
  private final Set<Term> none = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Precomputes each term's acronym and long form (the regexes are compiled on first use and kept),
   * so that a resume costs a map look-up per matched term, not a scan of its forms and two regex
   * compilations.
   */
  AcronymCheck(List<Term> terms) {
    for (Term term : terms) {
      Pair pair = pairOf(term);
      if (pair == null) {
        none.add(term);
      } else {
        pairs.put(term, pair);
      }
    }
  }

  /**
   * A term's acronym (PMP) and long form (Project Management Professional), with their searches.
   */
  private static final class Pair {
    final String acronym;
    final String longForm;
    final String longFirstWord;
    private volatile Pattern shortPattern;
    private volatile Pattern longPattern;

    Pair(String acronym, String longForm) {
      this.acronym = acronym;
      this.longForm = longForm;
      this.longFirstWord = longForm.split(" ", 2)[0];
    }

    // plain searches first: each regex needs its literal (the long form's first word, ASCII
    // case ignored as (?i) does), and rules most resumes out without running a pattern
    boolean shortIn(String text) {
      if (!text.contains(acronym)) {
        return false;
      }
      Pattern p = shortPattern;
      if (p == null) {
        p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])");
        shortPattern = p;
      }
      return p.matcher(text).find();
    }

    boolean longIn(String text) {
      if (!containsIgnoringAsciiCase(text, longFirstWord)) {
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
    for (Match m : matches) {
      Term term = m.term();
      Pair pair = pairs.get(term);
      if (pair == null && !none.contains(term)) {
        pair = pairOf(term); // a term from outside the dictionary this check was built for
      }
      if (pair == null) {
        continue;
      }
      boolean hasShort = pair.shortIn(text);
      boolean hasLong = pair.longIn(text);
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

  /** Whether {@code text} contains {@code word}, ASCII letters compared without case. */
  private static boolean containsIgnoringAsciiCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
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
