package dev.keyfit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTest {

  @Test
  void htmlEscapesAllFiveMetacharacters() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
        Safe.html("<a href=\"x\" title='y'>&"));
  }

  @Test
  void controlsAndBidiAreDroppedAndLoneSurrogatesReplaced() {
    assertEquals("ab\ufffdc\n", Safe.clean("a\u0000\u001bb\ud800c\u202e\r"));
    assertEquals("😀", Safe.clean("😀"));
  }

  @Test
  void markdownEscapesMetacharactersAndFlattensLines() {
    assertEquals(
        "\\!\\[x\\]\\(http://evil) \\| &lt;b&gt; \\*a\\* # x",
        Safe.markdown("![x](http://evil) | <b> *a*\n# x"));
  }

  @Test
  void markdownLeavesOrdinaryPunctuationReadable() {
    assertEquals(
        "Tools & platforms (tpm-resume.txt)", Safe.markdown("Tools & platforms (tpm-resume.txt)"));
    assertEquals("&amp;lt; &amp;#60;", Safe.markdown("&lt; &#60;"), "no entity can form");
  }

  @Test
  void markdownEscapesWhatWouldOpenABlockAtTheStart() {
    assertEquals("\\- item", Safe.markdown("- item"));
    assertEquals("\\+ item", Safe.markdown("+ item"));
    assertEquals("\\# heading", Safe.markdown("# heading"));
    assertEquals("12\\. item", Safe.markdown("12. item"));
    assertEquals("3\\) item", Safe.markdown("3) item"));
    assertEquals("&gt; quote", Safe.markdown("> quote"));
    assertEquals("v1.2 - 3", Safe.markdown("v1.2 - 3"));
    assertEquals("1.5 / 6 +4.5 -x #1", Safe.markdown("1.5 / 6 +4.5 -x #1"));
    assertEquals("\\#", Safe.markdown("#"));
  }

  @Test
  void lineFlattensNewlinesAndTabs() {
    assertEquals("a b c", Safe.line("a\nb\tc"));
  }
}
