package dev.keyfit.keywords;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A term's match modes from its data ({@code match:} in the YAML): one mode for all its forms, and
 * modes for single forms. What the data leaves open is decided per word by {@link
 * MatchMode#byShape}.
 *
 * @param mode the mode of every form, or null for the per-word default
 * @param forms modes of single forms, keyed by the form in lower case
 */
public record MatchRules(MatchMode mode, Map<String, MatchMode> forms) {

  /** No rules: every word takes its default mode. */
  public static final MatchRules DEFAULT = new MatchRules(null, Map.of());

  public MatchRules {
    forms = java.util.Collections.unmodifiableMap(new TreeMap<>(forms));
  }

  /** The mode the data gives this form, or null when each word takes its default. */
  public MatchMode modeOf(String form) {
    MatchMode m = forms.get(form.toLowerCase(Locale.ROOT));
    return m != null ? m : mode;
  }
}
