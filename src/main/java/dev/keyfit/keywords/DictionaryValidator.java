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
              "alias '" + form + "' is claimed by two terms: '" + owner.id() + "' and '"
                  + term.id() + "'");
        }
      }
    }
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
          problems.add("term '" + term.id() + "': match names '" + form + "', which is not one of its forms");
        }
      }
      if (term.guard() != null) {
        for (String form : term.guard().aliases()) {
          if (!forms.contains(form)) {
            problems.add("term '" + term.id() + "': guard aliases names '" + form + "', which is not one of its forms");
          }
        }
      }
    }
    return problems;
  }

  /** How the matcher sees a form: case folded unless case-sensitive, separators as spaces. */
  static String normalize(String form, boolean caseSensitive) {
    String s = form.replaceAll("[/\\-\u2010\u2011\u2013\u2014]+", " ").replaceAll("\\s+", " ").strip();
    return caseSensitive ? "=" + s : s.toLowerCase(Locale.ROOT);
  }
}
