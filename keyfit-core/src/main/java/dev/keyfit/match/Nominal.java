package dev.keyfit.match;

import dev.keyfit.keywords.MatchMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The "of" reading of a two-word practice whose second word names an action: "vendor management" is
 * also written "management of vendors", "system integration" "integration of systems", "budget
 * development" "development of departmental budgets". The reading is the action noun as written
 * (not its stem: "integrity" is not "integration"), "of", then the object, with the phrase's usual
 * gaps ("management of all third-party vendors").
 */
final class Nominal {

  /** Endings of English nouns that name an action: management, integration, analysis, testing. */
  private static final Pattern ACTION_NOUN =
      Pattern.compile("[a-z]{3,}(?:ment|tion|sion|ance|ence|ing|ery|sis)");

  private Nominal() {}

  /**
   * The surface words of the "of" reading of a form, or null when the form is not a stemmed
   * two-word phrase whose second word is an action noun.
   *
   * @param surface the form's words as written
   * @param modes how each word meets resume words
   */
  static List<String> ofReading(List<String> surface, List<MatchMode> modes) {
    if (surface.size() != 2 || !modes.stream().allMatch(MatchMode::stemmed)) {
      return null;
    }
    String object = surface.get(0);
    String action = surface.get(1);
    if (!object.chars().allMatch(Character::isLetter)
        || !ACTION_NOUN.matcher(action.toLowerCase(Locale.ROOT)).matches()
        || MatchMode.needsVerb(modes.get(1), action)) {
      return null;
    }
    return List.of(action, "of", object);
  }
}
