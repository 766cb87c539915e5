package dev.keyfit.keywords;

import dev.keyfit.keywords.RawFiles.RawGuard;
import dev.keyfit.keywords.RawFiles.RawTerm;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one raw YAML term into a {@link Term}, reporting what is wrong with it. */
final class TermReader {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Set<String> PARTS_OF_SPEECH = Set.of("verb", "noun", "adjective");

  private TermReader() {}

  /** The term, or null (with problems added) when it is unusable. */
  static Term read(String file, Category category, RawTerm raw, List<String> problems) {
    return read(file, category, raw, Map.of(), problems);
  }

  /**
   * The term, or null (with problems added) when it is unusable; guard words written {@code @name}
   * are replaced by the words of that set from {@code lists/word-sets.yaml}.
   */
  static Term read(
      String file,
      Category category,
      RawTerm raw,
      Map<String, List<String>> sets,
      List<String> problems) {
    if (raw == null) {
      problems.add(file + ": empty term entry");
      return null;
    }
    String id = raw.id();
    String where = file + ": term '" + id + "'";
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(file + ": term id '" + id + "' must be lower-kebab-case (e.g. ci-cd)");
      return null;
    }
    if (raw.name() == null || raw.name().isBlank()) {
      problems.add(where + " has no name");
      return null;
    }
    Map<String, Integer> weight = raw.weight() == null ? Map.of() : raw.weight();
    Integer pm = weight.get("pm");
    Integer tpm = weight.get("tpm");
    if (pm == null
        || tpm == null
        || pm < 0
        || pm > 3
        || tpm < 0
        || tpm > 3
        || !Set.of("pm", "tpm").containsAll(weight.keySet())) {
      problems.add(where + " needs weight {pm: 0-3, tpm: 0-3}");
      return null;
    }
    List<String> statements = raw.statements() == null ? List.of() : raw.statements();
    if (statements.isEmpty() || statements.stream().anyMatch(s -> s == null || s.isBlank())) {
      problems.add(where + " needs at least one statement");
    }
    List<String> aliases = new ArrayList<>();
    for (String alias : raw.aliases() == null ? List.<String>of() : raw.aliases()) {
      if (alias == null || alias.isBlank()) {
        problems.add(where + " has an empty alias");
      } else if (!alias.equals(raw.name()) && !aliases.contains(alias)) {
        aliases.add(alias.strip());
      }
    }
    Guard guard = raw.guard() == null ? null : guard(where, raw.guard(), sets, problems);
    List<String> family = family(where, raw.family(), problems);
    return new Term(
        id,
        raw.name().strip(),
        category,
        aliases,
        Boolean.TRUE.equals(raw.caseSensitive()),
        pm,
        tpm,
        guard,
        statements,
        family,
        match(where, raw.match(), problems));
  }

  /** The term's family ids, lower-kebab-case like term ids, each once. */
  private static List<String> family(String where, List<String> raw, List<String> problems) {
    List<String> family = new ArrayList<>();
    for (String f : raw == null ? List.<String>of() : raw) {
      if (f == null || !ID.matcher(f.strip()).matches()) {
        problems.add(
            where + ": family '" + f + "' must be lower-kebab-case (e.g. relational-databases)");
      } else if (!family.contains(f.strip())) {
        family.add(f.strip());
      }
    }
    return family;
  }

  private static MatchRules match(String where, RawFiles.RawMatch raw, List<String> problems) {
    if (raw == null) {
      return MatchRules.DEFAULT;
    }
    MatchMode mode = null;
    if (raw.mode() != null) {
      mode = MatchMode.fromId(raw.mode().strip().toLowerCase(Locale.ROOT)).orElse(null);
      if (mode == null) {
        problems.add(where + ": match mode '" + raw.mode() + "' must be stem, exact, case or verb");
      }
    }
    Map<String, MatchMode> forms = new java.util.TreeMap<>();
    addForms(forms, raw.stem(), MatchMode.STEM);
    addForms(forms, raw.exact(), MatchMode.EXACT);
    addForms(forms, raw.cased(), MatchMode.CASE);
    addForms(forms, raw.verb(), MatchMode.VERB);
    return new MatchRules(mode, forms);
  }

  private static void addForms(Map<String, MatchMode> forms, List<String> list, MatchMode mode) {
    nonNull(list).forEach(f -> forms.put(f.strip().toLowerCase(Locale.ROOT), mode));
  }

  private static Guard guard(
      String where, RawGuard raw, Map<String, List<String>> sets, List<String> problems) {
    Guard g = guard(where, raw, problems);
    return new Guard(
        g.aliases(),
        expand(where, g.context(), sets, problems),
        g.sections(),
        expand(where, g.notAfter(), sets, problems),
        expand(where, g.notBefore(), sets, problems),
        g.notPos(),
        expand(where, lower(raw.notNear()), sets, problems),
        lower(raw.notWritten()));
  }

  /** The words with every {@code @set} replaced by the set's words. */
  private static Set<String> expand(
      String where, Set<String> words, Map<String, List<String>> sets, List<String> problems) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!w.startsWith("@")) {
        out.add(w);
      } else if (sets.containsKey(w.substring(1))) {
        sets.get(w.substring(1)).forEach(s -> out.add(s.strip().toLowerCase(Locale.ROOT)));
      } else {
        problems.add(where + ": guard word set '" + w + "' is not in lists/word-sets.yaml");
      }
    }
    return out;
  }

  private static Guard guard(String where, RawGuard raw, List<String> problems) {
    Set<Section> sections = new HashSet<>();
    for (String s : nonNull(raw.sections())) {
      try {
        sections.add(Section.fromId(s));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": guard section '" + s + "' is unknown");
      }
    }
    Set<String> pos = lower(raw.notPos());
    for (String p : pos) {
      if (!PARTS_OF_SPEECH.contains(p)) {
        problems.add(where + ": guard notPos '" + p + "' must be verb, noun or adjective");
      }
    }
    return new Guard(
        lower(raw.aliases()),
        lower(raw.context()),
        sections,
        lower(raw.notAfter()),
        lower(raw.notBefore()),
        pos);
  }

  private static List<String> nonNull(List<String> list) {
    return list == null ? List.of() : list.stream().filter(s -> s != null).toList();
  }

  private static Set<String> lower(List<String> list) {
    Set<String> out = new HashSet<>();
    nonNull(list).forEach(s -> out.add(s.strip().toLowerCase(Locale.ROOT)));
    return out;
  }
}
