package dev.keyfit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.keywords.Term;
import dev.keyfit.testing.TestKeyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The search without an expression finds exactly what the phrase's expression finds. */
class LiteralSearchExpressionTest {

  private static final List<String> EDGE_PHRASES =
      List.of(
          "c++",
          ".net",
          "ci/cd",
          "ci - cd",
          "-cd",
          "/",
          "- /",
          "a",
          "1",
          "x\u00b2",
          "caf\u00e9",
          "problem\u2013solving",
          "problem solving /",
          "node.js",
          "c#",
          "r",
          "\ud835\udc00i",
          "\u2166 plan",
          "pmp\u00ae",
          "end\u2028line",
          "\\e quoted \\q");

  private static final List<String> EDGE_TEXTS =
      List.of(
          "c++ and .net with ci/cd, ci -- cd and ci\u2014cd\n",
          "-cd x\u00b2 caf\u00e9 problem \u2010 solving problem\u00a0solving /\n",
          "\ud835\udc00i \ud835\udc00ai a\u0301 1\u00bd \u2166 plan \u2166plan pmp\u00ae pmp\u00aex\n",
          "end\u2028line end\u3000line \\e quoted \\q node.js nodexjs c# r. r2\n",
          "ab\u0301c\n\nprojects/cd\u2011plan\u2013r\n");

  @Test
  void findsWhatTheExpressionFindsForEveryDictionaryPhraseInRealText() throws Exception {
    List<String> phrases = new ArrayList<>(EDGE_PHRASES);
    for (Term t : TestKeyfit.dictionary().terms()) {
      phrases.add(t.name());
      phrases.addAll(t.aliases());
    }
    List<String> texts = new ArrayList<>(EDGE_TEXTS);
    try (Stream<Path> files = Files.list(Fixtures.resource("/labelled"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f).toLowerCase(Locale.ROOT));
      }
    }
    int found = 0;
    for (String text : texts) {
      LiteralSearch search = new LiteralSearch(text);
      for (String phrase : phrases) {
        boolean expected = search.findsByExpression(phrase);
        assertEquals(expected, search.finds(phrase), () -> phrase + " in " + text);
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 100, "too few phrases found to compare: " + found);
  }
}
