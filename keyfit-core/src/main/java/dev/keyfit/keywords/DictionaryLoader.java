package dev.keyfit.keywords;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.keyfit.keywords.KeywordSource.SourceFile;
import dev.keyfit.keywords.RawFiles.RawTerm;
import dev.keyfit.keywords.RawFiles.RoleFile;
import dev.keyfit.keywords.RawFiles.TermFile;
import dev.keyfit.nlp.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads and validates the dictionary: the built-in files, overlaid by an optional user directory.
 * Every problem found is reported, each as one line naming the file and what to fix.
 */
public final class DictionaryLoader {

  /** Created on first use: the compiled built-in dictionary needs no YAML parser at all. */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  private DictionaryLoader() {}

  /** The built-in dictionary (its compiled form when the build made one). */
  public static Dictionary builtIn() throws DictionaryException {
    Dictionary compiled = CompiledDictionary.read();
    return compiled != null ? compiled : fromYaml();
  }

  /**
   * The built-in dictionary read and validated from its YAML files (slower than {@link #builtIn}).
   */
  public static Dictionary fromYaml() throws DictionaryException {
    return load(null, true);
  }

  /**
   * The built-in dictionary overlaid by {@code userDir}.
   *
   * @param userDir a directory of dictionary files, or null for the built-in dictionary alone
   * @throws DictionaryException listing every problem when the files are invalid
   */
  public static Dictionary load(Path userDir) throws DictionaryException {
    return userDir == null ? builtIn() : load(userDir, true);
  }

  /**
   * A dictionary made of the files in {@code dir} alone, without the built-in one (for users who
   * bring a complete dictionary of their own, and for tests).
   */
  public static Dictionary fromDirectory(Path dir) throws DictionaryException {
    return load(java.util.Objects.requireNonNull(dir, "dir"), false);
  }

  private static Dictionary load(Path userDir, boolean builtIn) throws DictionaryException {
    if (userDir != null && !Files.isDirectory(userDir)) {
      throw new DictionaryException(List.of(userDir + ": not a directory of dictionary files"));
    }
    Map<String, SourceFile> files;
    try {
      files = KeywordSource.files(userDir, builtIn);
    } catch (IOException e) {
      throw new DictionaryException(List.of(userDir + ": cannot read (" + e.getMessage() + ")"));
    }
    List<String> problems = new ArrayList<>();
    List<Term> terms = loadTerms(files, wordSets(files, problems), problems);
    Map<Role, RoleProfile> profiles = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      RoleProfile profile = loadProfile(files, role, problems);
      if (profile != null) {
        profiles.put(role, profile);
      }
    }
    WordLists lists = loadLists(files, problems);
    problems.addAll(DictionaryValidator.validate(terms));
    problems.addAll(DictionaryValidator.validateForms(terms));
    problems.addAll(DictionaryValidator.stopWordAliases(terms, stopWords(files, problems)));
    if (!problems.isEmpty()) {
      throw new DictionaryException(problems);
    }
    terms.sort(Comparator.comparing(Term::id));
    return new Dictionary(KeywordSource.version(), terms, profiles, lists);
  }

  /** The stop words no alias may be on its own (lower case); empty without the list. */
  private static java.util.Set<String> stopWords(
      Map<String, KeywordSource.SourceFile> files, List<String> problems) {
    var raw =
        parseOptional(files, KeywordSource.STOP_WORDS, RawFiles.StopWordsFile.class, problems);
    java.util.Set<String> words = new java.util.HashSet<>();
    if (raw != null) {
      DictionaryValidator.entries(
              KeywordSource.STOP_WORDS,
              "stop word",
              raw.words(),
              DictionaryValidator::hasText,
              problems)
          .forEach(w -> words.add(w.strip().toLowerCase(java.util.Locale.ROOT)));
    }
    return words;
  }

  /** The named word sets guards refer to as {@code @name}. */
  private static Map<String, List<String>> wordSets(
      Map<String, SourceFile> files, List<String> problems) {
    var raw = parseOptional(files, KeywordSource.WORD_SETS, RawFiles.WordSetsFile.class, problems);
    Map<String, List<String>> sets = new LinkedHashMap<>();
    if (raw != null && raw.sets() != null) {
      raw.sets()
          .forEach(
              (name, words) ->
                  sets.put(
                      name,
                      words == null
                          ? List.of()
                          : words.stream().filter(java.util.Objects::nonNull).toList()));
    }
    return sets;
  }

  private static List<Term> loadTerms(
      Map<String, SourceFile> files, Map<String, List<String>> sets, List<String> problems) {
    Map<String, Term> builtIn = new LinkedHashMap<>();
    Map<String, Term> user = new LinkedHashMap<>();
    for (SourceFile file : files.values()) {
      if (!file.path().startsWith("terms/")) {
        continue;
      }
      TermFile parsed = parse(file, TermFile.class, problems);
      if (parsed == null) {
        continue;
      }
      Category category = Category.fromId(String.valueOf(parsed.category())).orElse(null);
      if (category == null) {
        problems.add(
            file.path()
                + ": unknown category '"
                + parsed.category()
                + "' (use one of "
                + String.join(
                    ", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList())
                + ")");
        continue;
      }
      Map<String, Term> layer = file.user() ? user : builtIn;
      for (RawTerm raw : parsed.terms() == null ? List.<RawTerm>of() : parsed.terms()) {
        Term term = TermReader.read(file.path(), category, raw, sets, problems);
        if (term != null && layer.putIfAbsent(term.id(), term) != null) {
          problems.add(file.path() + ": duplicate term id '" + term.id() + "'");
        }
      }
    }
    builtIn.putAll(user); // a user's term replaces the built-in term with the same id
    return new ArrayList<>(builtIn.values());
  }

  private static RoleProfile loadProfile(
      Map<String, SourceFile> files, Role role, List<String> problems) {
    String path = "roles/" + role.id() + ".yaml";
    SourceFile file = files.get(path);
    if (file == null) {
      problems.add(path + ": missing role profile");
      return null;
    }
    RoleFile raw = parse(file, RoleFile.class, problems);
    if (raw == null) {
      return null;
    }
    Map<Category, RoleProfile.Weighting> weights = new EnumMap<>(Category.class);
    (raw.categories() == null ? Map.<String, RawFiles.RawWeighting>of() : raw.categories())
        .forEach(
            (id, w) -> {
              Category c = Category.fromId(id).orElse(null);
              if (c == null) {
                problems.add(path + ": unknown category '" + id + "'");
              } else if (w == null
                  || w.weight() == null
                  || w.target() == null
                  || w.weight() < 0
                  || w.target() <= 0) {
                problems.add(path + ": category '" + id + "' needs weight >= 0 and target > 0");
              } else {
                weights.put(c, new RoleProfile.Weighting(w.weight(), w.target()));
              }
            });
    for (Category c : Category.values()) {
      if (!weights.containsKey(c)
          && raw.categories() != null
          && !raw.categories().containsKey(c.id())) {
        problems.add(path + ": category '" + c.id() + "' is missing");
      }
    }
    return new RoleProfile(
        role,
        raw.name() == null ? role.title() : raw.name(),
        raw.summary() == null ? "" : raw.summary(),
        weights,
        raw.signals() == null ? List.of() : raw.signals(),
        core(path, raw.core(), problems),
        history(path, raw.history(), problems));
  }

  private static RoleProfile.History history(
      String path, RawFiles.RawHistory raw, List<String> problems) {
    if (raw == null) {
      return null;
    }
    if (raw.titles() == null
        || raw.titles().isEmpty()
        || raw.fullYears() == null
        || raw.fullYears() <= 0
        || raw.weight() == null
        || raw.weight() < 0
        || raw.weight() > 100
        || raw.coreCredit() == null
        || raw.coreCredit() < 0
        || raw.withoutTitle() == null
        || raw.withoutTitle() <= 0
        || raw.withoutTitle() > 1) {
      problems.add(
          path
              + ": history needs titles, fullYears > 0, weight 0-100, coreCredit >= 0 and withoutTitle in (0, 1]");
      return null;
    }
    java.util.function.Function<List<String>, List<String>> lower =
        l ->
            l == null
                ? List.of()
                : l.stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    return new RoleProfile.History(
        lower.apply(raw.titles()),
        lower.apply(raw.relatedTitles()),
        raw.fullYears(),
        raw.weight(),
        raw.coreCredit(),
        raw.withoutTitle());
  }

  private static RoleProfile.Core core(String path, RawFiles.RawCore raw, List<String> problems) {
    if (raw == null) {
      return null;
    }
    List<Category> categories = new ArrayList<>();
    for (String id : raw.categories() == null ? List.<String>of() : raw.categories()) {
      Category.fromId(id)
          .ifPresentOrElse(
              categories::add,
              () -> problems.add(path + ": core category '" + id + "' is unknown"));
    }
    if (categories.isEmpty()
        || raw.coverage() == null
        || raw.coverage() <= 0
        || raw.coverage() > 100) {
      problems.add(path + ": core needs categories and a coverage from 1 to 100");
      return null;
    }
    return new RoleProfile.Core(categories, raw.coverage());
  }

  private static WordLists loadLists(Map<String, SourceFile> files, List<String> problems) {
    var verbs =
        parseOptional(files, KeywordSource.ACTION_VERBS, RawFiles.ActionVerbsFile.class, problems);
    var openers =
        parseOptional(files, KeywordSource.WEAK_OPENERS, RawFiles.WeakOpenersFile.class, problems);
    var cliches = parseOptional(files, KeywordSource.CLICHES, RawFiles.ClichesFile.class, problems);
    var headings =
        parseOptional(files, KeywordSource.HEADINGS, RawFiles.HeadingsFile.class, problems);
    Map<Section, List<String>> sections =
        headingsBySection(headings == null ? null : headings.sections(), "heading", problems);
    Map<Section, List<String>> subheadings =
        headingsBySection(headings == null ? null : headings.subheadings(), "subheading", problems);
    return new WordLists(
        verbs == null || verbs.verbs() == null ? Map.of() : verbs.verbs(),
        openers == null
            ? List.of()
            : DictionaryValidator.entries(
                KeywordSource.WEAK_OPENERS,
                "opener",
                openers.openers(),
                o -> DictionaryValidator.hasText(o.phrase()),
                problems),
        cliches == null
            ? List.of()
            : DictionaryValidator.entries(
                KeywordSource.CLICHES,
                "cliché",
                cliches.phrases(),
                c -> DictionaryValidator.hasText(c.phrase()),
                problems),
        sections,
        subheadings);
  }

  /** Heading phrasings per section id, each section id checked. */
  private static Map<Section, List<String>> headingsBySection(
      Map<String, List<String>> raw, String what, List<String> problems) {
    Map<Section, List<String>> sections = new EnumMap<>(Section.class);
    if (raw == null) {
      return sections;
    }
    raw.forEach(
        (id, phrases) -> {
          try {
            sections.put(
                Section.fromId(id),
                DictionaryValidator.entries(
                    KeywordSource.HEADINGS,
                    what + " '" + id + "'",
                    phrases,
                    DictionaryValidator::hasText,
                    problems));
          } catch (IllegalArgumentException e) {
            problems.add(KeywordSource.HEADINGS + ": unknown section '" + id + "'");
          }
        });
    return sections;
  }

  private static <T> T parseOptional(
      Map<String, SourceFile> files, String path, Class<T> type, List<String> problems) {
    SourceFile file = files.get(path);
    return file == null ? null : parse(file, type, problems);
  }

  private static <T> T parse(SourceFile file, Class<T> type, List<String> problems) {
    try {
      T value = Yaml.MAPPER.readValue(file.text(), type);
      if (value == null) {
        problems.add(file.path() + ": the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : " line " + loc.getLineNr();
      // the first line only, and a quoted value (a whole non-YAML file parsed as one string) cut
      // short
      String message =
          e.getOriginalMessage()
              .split("\n")[0]
              .replaceAll("\\('([^']{40})[^']{20,}'\\)", "('$1…')");
      if (message.length() > 200) {
        message = message.substring(0, 199) + "…";
      }
      problems.add(
          file.path()
              + where
              + ": "
              + message
                  .replaceAll(" \\(class [^)]*\\)", "")
                  .replace(", not marked as ignorable", "")
                  .replace("Unrecognized field", "unknown field")
              + " (see keywords/README.md for the format)");
      return null;
    }
  }
}
