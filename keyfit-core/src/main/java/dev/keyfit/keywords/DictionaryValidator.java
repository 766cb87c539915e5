package dev.keyfit.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Checks the terms as a whole: every written form belongs to one term only. */
final class DictionaryValidator {

  private DictionaryValidator() {}

  /** One line per problem; empty when the terms are consistent. */
  static List<String> validate(List<Term> terms) {
    List<String> problems = new ArrayList<>();
    Map<String, Term> owners = new TreeMap<>();
    for (Term term : terms) {
      for (String form : term.forms()) {
        String key = normalize(form, term.caseSensitive());
        Term owner = owners.putIfAbsent(key, term);
        if (owner != null && !owner.id().equals(term.id())) {
          problems.add(
              "alias '"
                  + form
                  + "' is claimed by two terms: '"
                  + owner.id()
                  + "' and '"
                  + term.id()
                  + "'");
        }
      }
    }
    problems.addAll(families(terms));
    problems.addAll(matchModeProblems(terms));
    return problems;
  }

  /**
   * Every form named under {@code match:} is one of the term's own names or aliases, and a guard's
   * {@code aliases} too, so that a typo does not silently leave a form unguarded.
   */
  static List<String> matchModeProblems(List<Term> terms) {
    List<String> problems = new ArrayList<>();
    for (Term term : terms) {
      java.util.Set<String> forms = new java.util.HashSet<>();
      term.forms().forEach(f -> forms.add(f.toLowerCase(Locale.ROOT)));
      for (String form : term.match().forms().keySet()) {
        if (!forms.contains(form)) {
          problems.add(
              "term '"
                  + term.id()
                  + "': match names '"
                  + form
                  + "', which is not one of its forms");
        }
      }
      if (term.guard() != null) {
        for (String form : term.guard().aliases()) {
          if (!forms.contains(form)) {
            problems.add(
                "term '"
                    + term.id()
                    + "': guard aliases names '"
                    + form
                    + "', which is not one of its forms");
          }
        }
      }
    }
    return problems;
  }

  /** A family links siblings: one named by a single term is a typo or a leftover. */
  private static List<String> families(List<Term> terms) {
    Map<String, List<String>> members = new TreeMap<>();
    terms.forEach(
        t ->
            t.family()
                .forEach(f -> members.computeIfAbsent(f, k -> new ArrayList<>()).add(t.id())));
    List<String> problems = new ArrayList<>();
    members.forEach(
        (family, ids) -> {
          if (ids.size() < 2) {
            problems.add(
                "family '"
                    + family
                    + "' has only the term '"
                    + ids.get(0)
                    + "'; a family links two or more sibling terms");
          }
        });
    return problems;
  }

  /**
   * Written forms that would break or degrade every scan: one with no letter or digit (it matches
   * punctuation), or a single character (it matches initials and list markers everywhere).
   */
  static List<String> validateForms(List<Term> terms) {
    List<String> problems = new ArrayList<>();
    for (Term term : terms) {
      for (String form : term.forms()) {
        String s = normalize(form, false);
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
          problems.add(
              "term '"
                  + term.id()
                  + "': alias '"
                  + form
                  + "' has no letter or digit; it would match "
                  + "punctuation in every resume");
        } else if (s.codePointCount(0, s.length()) < 2) {
          problems.add(
              "term '"
                  + term.id()
                  + "': alias '"
                  + form
                  + "' is a single character; it would match "
                  + "initials and list markers in every resume (use a longer form)");
        }
      }
    }
    return problems;
  }

  /**
   * Aliases that are a stop word on their own ("it", "and", "on"): matched case-insensitively, they
   * would credit the term in almost every sentence. A form matched in its own case ({@code match:
   * {case: [IT]}}, or a case-sensitive term) is a name and passes.
   */
  static List<String> stopWordAliases(List<Term> terms, java.util.Set<String> stopWords) {
    List<String> problems = new ArrayList<>();
    for (Term term : terms) {
      for (String form : term.forms()) {
        if (stopWords.contains(normalize(form, false))
            && !term.caseSensitive()
            && term.match().modeOf(form) != MatchMode.CASE) {
          problems.add(
              "term '"
                  + term.id()
                  + "': alias '"
                  + form
                  + "' is a stop word; it would match in almost every resume (use a longer "
                  + "form, or match it in its own case with match: {case: ["
                  + form
                  + "]})");
        }
      }
    }
    return problems;
  }

  /**
   * The entries of a word list without the unusable ones (null or blank, which would crash or
   * degrade a scan), each reported as a problem naming the file and the entry's place.
   */
  static <T> List<T> entries(
      String file,
      String what,
      List<T> raw,
      java.util.function.Predicate<T> usable,
      List<String> problems) {
    List<T> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (int i = 0; i < raw.size(); i++) {
      T entry = raw.get(i);
      if (entry == null || !usable.test(entry)) {
        problems.add(
            file + ": " + what + " entry " + (i + 1) + " is empty (remove it or write the phrase)");
      } else {
        out.add(entry);
      }
    }
    return out;
  }

  /** Whether a phrase has something to match. */
  static boolean hasText(String phrase) {
    return phrase != null && !phrase.isBlank();
  }

  /** How the matcher sees a form: case folded unless case-sensitive, separators as spaces. */
  static String normalize(String form, boolean caseSensitive) {
    String s =
        form.replaceAll("[/\\-\u2010\u2011\u2013\u2014]+", " ").replaceAll("\\s+", " ").strip();
    return caseSensitive ? "=" + s : s.toLowerCase(Locale.ROOT);
  }
}
