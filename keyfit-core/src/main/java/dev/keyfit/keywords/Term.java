package dev.keyfit.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One keyword: a skill, tool, certification, methodology, responsibility or KPI.
 *
 * @param id stable id, lower-kebab-case, unique across the dictionary
 * @param name the canonical name shown in reports
 * @param category its category
 * @param aliases other names, abbreviations and variants (not repeating the name)
 * @param caseSensitive true when the name and aliases match only in the case written
 * @param pmWeight importance for the PM role, 0–3
 * @param tpmWeight importance for the TPM role, 0–3
 * @param guard context rules for ambiguous words, or null
 * @param statements suggested resume statements, placeholders in square brackets
 * @param family the families of siblings the term belongs to (MySQL and PostgreSQL are both {@code
 *     relational-databases}): a sibling is related, never the term itself
 * @param match how its forms' words meet resume words (see {@link MatchMode})
 */
public record Term(
    String id,
    String name,
    Category category,
    List<String> aliases,
    boolean caseSensitive,
    int pmWeight,
    int tpmWeight,
    Guard guard,
    List<String> statements,
    List<String> family,
    MatchRules match) {

  /** A term in no family whose words take their default match modes. */
  public Term(
      String id,
      String name,
      Category category,
      List<String> aliases,
      boolean caseSensitive,
      int pmWeight,
      int tpmWeight,
      Guard guard,
      List<String> statements) {
    this(
        id,
        name,
        category,
        aliases,
        caseSensitive,
        pmWeight,
        tpmWeight,
        guard,
        statements,
        List.of(),
        null);
  }

  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    aliases = List.copyOf(aliases);
    statements = List.copyOf(statements);
    family = family == null ? List.of() : List.copyOf(family);
    match = match == null ? MatchRules.DEFAULT : match;
  }

  /** True when the other term is a different term in one of this term's families (a sibling). */
  public boolean relatedTo(Term other) {
    if (other == null || other.id.equals(id)) {
      return false;
    }
    for (String f : family) {
      if (other.family.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The match mode of each word of a form (its words as the tokenizer splits them): the form's mode
   * from the data, else {@link MatchMode#CASE} for a case-sensitive term, else each word's default
   * by its shape.
   */
  public List<MatchMode> modes(String form, List<String> words) {
    MatchMode fixed = match.modeOf(form);
    if (fixed == null && caseSensitive) {
      fixed = MatchMode.CASE;
    }
    if (fixed == null
        && (category == Category.TOOLS || category == Category.CERTIFICATIONS)
        && words.stream()
            .anyMatch(
                w ->
                    MatchMode.byShape(w, category) == MatchMode.EXACT
                        && w.chars().anyMatch(Character::isLetter))) {
      fixed =
          MatchMode.EXACT; // a product or credential name is written as it is: "Jira dashboards"
    }
    List<MatchMode> modes = new ArrayList<>(words.size());
    for (String w : words) {
      modes.add(fixed != null ? fixed : MatchMode.byShape(w, category));
    }
    return modes;
  }

  /** The weight of the term for a role. */
  public int weight(Role role) {
    return role == Role.PM ? pmWeight : tpmWeight;
  }

  /** The name followed by the aliases: every form the term is written in. */
  public List<String> forms() {
    List<String> forms = new ArrayList<>(aliases.size() + 1);
    forms.add(name);
    forms.addAll(aliases);
    return forms;
  }
}
