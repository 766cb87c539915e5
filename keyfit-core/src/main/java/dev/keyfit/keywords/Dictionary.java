package dev.keyfit.keywords;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded dictionary: terms (sorted by id), role profiles and word lists. Immutable and
 * thread-safe; load it once with {@link DictionaryLoader} and share it.
 */
public final class Dictionary {

  private final String version;
  private final List<Term> terms;
  private final Map<String, Term> byId;
  private final Map<Role, RoleProfile> profiles;
  private final WordLists lists;
  private final Spellings spellings;

  Dictionary(String version, List<Term> terms, Map<Role, RoleProfile> profiles, WordLists lists) {
    this(version, terms, profiles, lists, Spellings.none());
  }

  Dictionary(
      String version,
      List<Term> terms,
      Map<Role, RoleProfile> profiles,
      WordLists lists,
      Spellings spellings) {
    this.version = version;
    this.terms = List.copyOf(terms);
    Map<String, Term> index = new LinkedHashMap<>();
    this.terms.forEach(t -> index.put(t.id(), t));
    this.byId = Collections.unmodifiableMap(index);
    this.profiles = Collections.unmodifiableMap(new EnumMap<>(profiles));
    this.lists = lists;
    this.spellings = spellings;
  }

  /** The dictionary version from {@code manifest.properties}. */
  public String version() {
    return version;
  }

  /** Every term, sorted by id. */
  public List<Term> terms() {
    return terms;
  }

  /** The term with this id. */
  public Optional<Term> term(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The profile of a role. */
  public RoleProfile profile(Role role) {
    return profiles.get(role);
  }

  Map<Role, RoleProfile> profiles() {
    return profiles;
  }

  /**
   * The words and match keys of the terms' forms and guard context entries: a table computed at
   * build time for the compiled built-in dictionary, else computed when asked for.
   */
  public Spellings spellings() {
    return spellings;
  }

  /** The supporting word lists. */
  public WordLists lists() {
    return lists;
  }
}
