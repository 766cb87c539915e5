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
    List<String> statements) {

  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    aliases = List.copyOf(aliases);
    statements = List.copyOf(statements);
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
