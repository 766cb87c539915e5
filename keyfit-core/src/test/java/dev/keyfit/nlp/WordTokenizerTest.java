package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  private static List<String> words(String text) {
    return new WordTokenizer().words(text).stream().map(WordTokenizer.Word::text).toList();
  }

  @Test
  void aDotBeforeACapitalisedWordEndsAWord() {
    assertEquals(List.of("PostgreSQL", ".", "Education"), words("PostgreSQL.Education"));
  }

  @Test
  void namesWithADotStayOneWord() {
    assertEquals(
        List.of("ASP.Net", "Node.js", ".NET", "Monday.com"),
        words("ASP.Net Node.js .NET Monday.com"));
  }

  @Test
  void aLatinOneNoBreakSpaceIsASpace() {
    assertEquals(List.of("Team", "building"), words("Team buildingÂ"));
    assertEquals(List.of("2015", "Current"), words("2015 Â Current"));
    assertEquals(List.of("Âme"), words("Âme"));
  }

  @Test
  void offsetsStayThoseOfTheText() {
    WordTokenizer.Word w = new WordTokenizer().words("Â budgeting").get(0);
    assertEquals(2, w.start());
  }

  @Test
  void aPossessiveMeetsItsNoun() {
    WordTokenizer t = new WordTokenizer();
    assertEquals(t.key("client"), t.key("Client's"));
    assertEquals(t.key("stakeholders"), t.key("stakeholders’"));
    assertEquals("it", t.key("it's"));
  }
}
