package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String normalize(String raw) {
    return TextNormalizer.normalize(raw, 10_000, new ArrayList<>());
  }

  @Test
  void lineBreaksBecomeNewlines() {
    assertEquals("a\nb\nc", normalize("a\r\nb\rc"));
  }

  @Test
  void composedFormIsNfc() {
    assertEquals("Résumé", normalize("Re\u0301sume\u0301"));
  }

  @Test
  void controlCharactersAreRemovedButTabsKept() {
    assertEquals("a\tb c", normalize("a\tb\u0007 \u0000c"));
  }

  @Test
  void oddSpacesBecomeSpacesAndTrailingSpacesGo() {
    assertEquals("New York\nNY", normalize("New\u00A0York\u2003 \nNY\u202F"));
  }

  @Test
  void invisibleCharactersAreDropped() {
    assertEquals("management", normalize("\uFEFFmanage\u00ADment\u200B"));
  }

  @Test
  void aSoftHyphenAfterANumberIsADash() {
    assertEquals("2019-2021", normalize("2019\u00AD2021"));
    assertEquals("Jan 2019 - Present", normalize("Jan 2019 \u00AD Present"));
    assertEquals("re-engineered 2 lines", normalize("re-engi\u00ADneered 2 lines"));
  }

  @Test
  void blankLineRunsCollapseToOneAndEdgesAreTrimmed() {
    assertEquals("A\n\nB\n\nC", normalize("\n\n  \nA\n\n\n\n\nB\n \t\nC\n\n\n"));
  }

  @Test
  void bulletGlyphsBecomeOneBulletPrefix() {
    String raw = "•Led teams\n  ▪  Shipped\n\uF0B7\tWingdings bullet\n– Dash item\n● Dot\n◦ Circle";
    assertEquals(
        "• Led teams\n• Shipped\n• Wingdings bullet\n• Dash item\n• Dot\n• Circle", normalize(raw));
  }

  @Test
  void dashWithoutSpaceIsNotABullet() {
    assertEquals("–5 degrees\nx – y", normalize("–5 degrees\nx – y"));
  }

  @Test
  void hyphenAndAsteriskBulletsAreKept() {
    assertEquals("- one\n* two", normalize("- one\n* two"));
  }

  @Test
  void ligaturesAreExpanded() {
    assertEquals("efficient workflow", normalize("e\uFB03cient work\uFB02ow"));
  }

  @Test
  void longTextIsCutWithANote() {
    List<String> notes = new ArrayList<>();
    String text = TextNormalizer.normalize("abcdefghij", 4, notes);
    assertEquals("abcd", text);
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("cut at 4"), notes.toString());
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String text = TextNormalizer.normalize("ab\uD83D\uDE00", 3, null);
    assertEquals("ab", text);
  }

  @Test
  void unusualCharactersAreCounted() {
    assertEquals(3, TextNormalizer.countUnusual("a\uFFFD b\uF0B7 \uE000 ok"));
  }
}
