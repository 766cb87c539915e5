package dev.keyfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTest {

  @Test
  void htmlEscapesAllFiveMetacharacters() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Safe.html("<a href=\"x\" title='y'>&"));
  }

  @Test
  void controlsAndBidiAreDroppedAndLoneSurrogatesReplaced() {
    assertEquals("ab\ufffdc\n", Safe.clean("a\u0000\u001bb\ud800c\u202e\r"));
    assertEquals("😀", Safe.clean("😀"));
  }

  @Test
  void markdownEscapesMetacharactersAndFlattensLines() {
    assertEquals("\\!\\[x\\]\\(http://evil\\) \\| &lt;b&gt; \\*a\\* \\# x", Safe.markdown("![x](http://evil) | <b> *a*\n# x"));
  }

  @Test
  void lineFlattensNewlinesAndTabs() {
    assertEquals("a b c", Safe.line("a\nb\tc"));
  }
}
