package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.nlp.WordTokenizer;
import dev.keyfit.testing.DebianPackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Audits every dictionary key against a real English word list (Debian's {@code wamerican}, about
 * 100,000 words; installed with apt-get when the test runs as root on a machine with apt, like
 * Chromium for the browser test, and skipped otherwise).
 *
 * <p>A form <em>collides</em> when ordinary English can spell its key: each word of it is, by its
 * match mode, an English word (exact and case-less modes) or shares its stem with one (stem mode).
 * A word written in its case ({@link MatchMode#CASE}, with a capital) cannot collide, nor can a
 * name of several words that all match exactly ("Amazon Web Services"). A colliding form must be
 * guarded (a guard that needs a context word or section), unless it is a phrase of two or more
 * stemmed words naming a practice ("risk management": the phrase is the evidence). So a product,
 * brand or credential must not be an English word unguarded ("Slack", "Compute Engine"), and a
 * practice named by one common word ("communication", "leadership") needs PM context to count.
 */
class DictionaryCollisionAuditTest {

  private static final Path WORDS = Path.of("/usr/share/dict/american-english");
  private static final Set<String> ENGLISH = new HashSet<>();
  private static final Set<String> ENGLISH_STEMS = new HashSet<>();

  /** English words by the other words they may be a regular inflection of ("lanes" → "lan"). */
  private static final Map<String, Set<String>> INFLECTED_FROM = new HashMap<>();

  private static final WordTokenizer TOKENIZER = new WordTokenizer();

  @BeforeAll
  static void loadWordList() throws IOException {
    DebianPackages.find("wamerican", WORDS.toString());
    Assumptions.assumeTrue(
        Files.isRegularFile(WORDS),
        "no English word list at "
            + WORDS
            + " (apt-get install wamerican); collision audit skipped");
    for (String line : Files.readAllLines(WORDS, StandardCharsets.UTF_8)) {
      if (line.matches("[a-z]+")) { // capitalised entries are names, "'s" entries inflections
        ENGLISH.add(line);
        ENGLISH_STEMS.add(TOKENIZER.key(line));
        for (String base : WordTokenizer.baseForms(line)) {
          if (!base.equals(line)) {
            INFLECTED_FROM.computeIfAbsent(base, b -> new TreeSet<>()).add(line);
          }
        }
      }
    }
  }

  @Test
  void noDictionaryKeyCollidesWithCommonEnglishUnguarded() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Term term : DictionaryLoader.fromYaml().terms()) {
      for (String form : term.forms()) {
        if (collides(term, form) && !guarded(term, form) && !practicePhrase(term, form)) {
          offenders.add(term.id() + " <- '" + form + "'");
        }
      }
    }
    offenders.forEach(o -> System.out.println("COLLISION " + o));
    assertEquals(
        List.of(),
        offenders,
        offenders.size()
            + " dictionary forms are spelled by ordinary"
            + " English and have no exact/case mode or context guard (see keywords/README.md, Match modes)");
  }

  /**
   * An exact one-word name that is no English word may still be read in an English word that looks
   * like its inflection ("swim lanes" as LANs, "canvas" as Canvas): every such word must be vetoed
   * by the term's {@code notWritten}, or the form guarded by a confirmation.
   */
  @Test
  void noExactNameReadsAnEnglishWordAsItsInflection() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Term term : DictionaryLoader.fromYaml().terms()) {
      for (String form : term.forms()) {
        Set<String> words = inflectionCollisions(term, form);
        if (!words.isEmpty() && !guarded(term, form)) {
          offenders.add(term.id() + " <- '" + form + "' written as " + words);
        }
      }
    }
    offenders.forEach(o -> System.out.println("INFLECTION COLLISION " + o));
    assertEquals(
        List.of(),
        offenders,
        offenders.size()
            + " exact names would be read in English words as their inflection; list the words"
            + " in the term's guard notWritten (see keywords/README.md, Guards)");
  }

  /**
   * The English words, not vetoed by the term's {@code notWritten}, in which the matcher would find
   * a one-word exact form that is itself no English word, as its regular inflection.
   */
  static Set<String> inflectionCollisions(Term term, String form) {
    List<String> words = TOKENIZER.words(form).stream().map(WordTokenizer.Word::text).toList();
    if (words.size() != 1) {
      return Set.of(); // a name of several words is that name
    }
    MatchMode mode = term.modes(form, words).get(0);
    String lower = words.get(0).toLowerCase(Locale.ROOT);
    if (mode.stemmed() || ENGLISH.contains(lower)) {
      return Set.of(); // the other audit covers stems and English words
    }
    Set<String> out = new TreeSet<>(INFLECTED_FROM.getOrDefault(lower, Set.of()));
    if (term.guard() != null) {
      out.removeAll(term.guard().notWritten());
    }
    return out;
  }

  @Test
  void theAuditCatchesTheKnownCollisionKinds() {
    Category tools = Category.TOOLS;
    Term slack = new Term("x", "Slack", tools, List.of(), false, 1, 1, null, List.of("s"));
    Term contentful =
        new Term("y", "Contentful", tools, List.of(), false, 1, 1, null, List.of("s"));
    Term soft =
        new Term(
            "z", "Communication", Category.SOFT_SKILLS, List.of(), false, 1, 1, null, List.of("s"));
    Term phrase =
        new Term(
            "w", "Risk management", Category.PM_SKILLS, List.of(), false, 1, 1, null, List.of("s"));
    assertEquals(true, collides(slack, "Slack"), "a product that is an English word");
    assertEquals(false, collides(contentful, "Contentful"), "exact by shape: not 'content'");
    assertEquals(true, collides(soft, "Communication"), "one common word naming a practice");
    assertEquals(true, practicePhrase(phrase, "Risk management"));
    Term lan = new Term("v", "LAN", Category.TECHNICAL, List.of(), false, 1, 1, null, List.of("s"));
    assertEquals(Set.of("lanes"), inflectionCollisions(lan, "LAN"), "'swim lanes' are no LANs");
  }

  /** True when every word of the form, by its match mode, can be written by ordinary English. */
  static boolean collides(Term term, String form) {
    List<String> words = TOKENIZER.words(form).stream().map(WordTokenizer.Word::text).toList();
    List<MatchMode> modes = term.modes(form, words);
    boolean any = false;
    boolean stemmed = false;
    int counted = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      if (!lower.matches(".*\\p{L}.*") || TOKENIZER.key(w).equals("and")) {
        continue; // marks, numbers and "and" say nothing either way
      }
      any = true;
      counted++;
      stemmed |= modes.get(i).stemmed();
      boolean english =
          switch (modes.get(i)) {
            case STEM, VERB -> ENGLISH_STEMS.contains(TOKENIZER.key(w));
            case EXACT -> ENGLISH.contains(lower);
            case CASE -> w.equals(lower) && ENGLISH.contains(lower);
          };
      if (!english) {
        return false;
      }
    }
    // a name of several words written as it is ("Amazon Web Services") is that name, not prose
    return any && (counted == 1 || stemmed);
  }

  private static boolean guarded(Term term, String form) {
    Guard g = term.guard();
    return g != null && g.appliesTo(form) && g.needsConfirmation();
  }

  /** A phrase of two or more stemmed words naming a practice, not a product or credential. */
  static boolean practicePhrase(Term term, String form) {
    if (term.category() == Category.TOOLS || term.category() == Category.CERTIFICATIONS) {
      return false;
    }
    List<String> words =
        TOKENIZER.words(form).stream()
            .map(WordTokenizer.Word::text)
            .filter(w -> w.matches(".*\\p{L}.*"))
            .toList();
    return words.size() >= 2 && term.modes(form, words).stream().allMatch(MatchMode::stemmed);
  }
}
