package dev.keyfit.keywords;

import java.util.Locale;
import java.util.Optional;

/**
 * How one word of a dictionary form meets the words of a resume.
 *
 * <ul>
 *   <li>{@link #STEM}: same Snowball stem, any case ("managed" meets "management").
 *   <li>{@link #EXACT}: the word itself or a regular inflection of it ({@code -s}, {@code -es},
 *       {@code -ed}, {@code -ing}, {@code 's}), any case: "Contentful" does not meet "content",
 *       "iOS" does not meet "io", "Compute" does not meet "Computer".
 *   <li>{@link #CASE}: like {@link #EXACT}, and written in the same case ("Go", not "go").
 *   <li>{@link #VERB}: like {@link #STEM}, except that a word the form writes as a verb ({@code
 *       -ed}, {@code -ing}) meets only a verb in the resume ("managed programs" meets "managing
 *       technical programs", not "management program"; "budgeting" does not meet the noun
 *       "Budget"); the form's other words meet only themselves or a regular inflection, as in
 *       {@link #EXACT} ("managed projects" does not meet "managed cost projections").
 * </ul>
 */
public enum MatchMode {
  STEM,
  EXACT,
  CASE,
  VERB;

  /** True for the modes that compare words by stem ({@link #STEM} and {@link #VERB}). */
  public boolean stemmed() {
    return this == STEM || this == VERB;
  }

  /**
   * True when a form's word in this mode needs a verb in the resume: a VERB word ending -ed/-ing.
   */
  public static boolean needsVerb(MatchMode mode, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return mode == VERB && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
  }

  /** The id used in the YAML files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode with this YAML id. */
  public static Optional<MatchMode> fromId(String id) {
    for (MatchMode m : values()) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The default mode of a word, from its shape and its term's category: an acronym or a word with a
   * capital inside ("PMP", "iOS", "GitLab") is a name and matches exactly; so does a capitalised
   * word of a product or credential ("Contentful", "Compute Engine"); a word without letters is
   * compared as written; any other word is stemmed.
   */
  public static MatchMode byShape(String word, Category category) {
    boolean letters = false;
    boolean innerCapital = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        innerCapital |= i > 0 && Character.isUpperCase(c);
      }
    }
    if (!letters || innerCapital) {
      return EXACT;
    }
    boolean capitalised = Character.isUpperCase(word.charAt(0));
    boolean named = category == Category.TOOLS || category == Category.CERTIFICATIONS;
    return capitalised && named ? EXACT : STEM;
  }
}
