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
 * @param family the families of siblings the term belongs to (MySQL and PostgreSQL are both
 *     {@code relational-databases}): a sibling is related, never the term itself
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
    List<String> family) {

  /** A term in no family. */
  public Term(String id, String name, Category category, List<String> aliases, boolean caseSensitive,
      int pmWeight, int tpmWeight, Guard guard, List<String> statements) {
    this(id, name, category, aliases, caseSensitive, pmWeight, tpmWeight, guard, statements, List.of());
  }

  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    aliases = List.copyOf(aliases);
    statements = List.copyOf(statements);
    family = family == null ? List.of() : List.copyOf(family);
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
