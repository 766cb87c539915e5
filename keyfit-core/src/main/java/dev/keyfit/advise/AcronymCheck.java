package dev.keyfit.advise;

import dev.keyfit.keywords.Term;
import dev.keyfit.match.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private AcronymCheck() {}

  static Check run(String text, List<Match> matches) {
    List<String> gaps = new ArrayList<>();
    for (Match m : matches) {
      Term term = m.term();
      for (String acronym : term.forms()) {
        if (!ACRONYM.matcher(acronym).matches()) {
          continue;
        }
        String longForm = longFormOf(acronym, term.forms());
        if (longForm == null) {
          continue;
        }
        // plain searches first: each regex needs its literal (the long form's first word, ASCII
        // case ignored as (?i) does), and rules most resumes out without compiling a pattern
        boolean hasShort =
            text.contains(acronym)
                && Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])")
                    .matcher(text)
                    .find();
        boolean hasLong =
            containsIgnoringAsciiCase(text, longForm.split(" ", 2)[0])
                && Pattern.compile(
                        "(?i)\\b" + Pattern.quote(longForm).replace(" ", "\\E\\s+\\Q") + "\\b")
                    .matcher(text)
                    .find();
        if (hasShort && !hasLong) {
          gaps.add("'" + acronym + "' without '" + longForm + "'");
        } else if (hasLong && !hasShort) {
          gaps.add("'" + longForm + "' without '" + acronym + "'");
        }
        break;
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
