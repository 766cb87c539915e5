package dev.keyfit.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts back the word spaces that PDFBox loses on LaTeX and XeLaTeX PDFs. Those PDFs draw no space
 * characters: a word gap is only a shift of the next glyph, and PDFBox takes a shift for a word
 * break only when it is wider than a share of the font's space width, which such fonts often report
 * far too wide ("likeAnsible", "AWSwith"). Like poppler's {@code pdftotext}, a gap wider than
 * {@link #WORD_GAP_EM} of the font size between the end of one glyph (its advance width) and the
 * start of the next is a word break; kerning and tracking stay well below it.
 *
 * <p>Also turns a drawn soft hyphen (XeLaTeX maps its hyphen glyph to U+00AD) back into a hyphen,
 * since in a PDF a glyph that is drawn is seen: "high-impact", not "highimpact". Stateless.
 */
final class PdfWordGaps {

  /** Share of the font size above which the gap between two glyphs separates two words. */
  static final float WORD_GAP_EM = 0.1f;

  /**
   * A word the typesetter hyphenated at the end of a line: letters and a hyphen, a line break, then
   * the rest of the word in lower case (and the spaces after it).
   */
  private static final Pattern LINE_END_HYPHEN =
      // tried only where a word starts, and the word taken whole (the hyphen is no letter): the
      // leftmost match starts there anyway, without trying every suffix of every word
      Pattern.compile("(?<!\\p{L})(\\p{L}{2,}+)[-\u00AD]\r?\n(\\p{Ll}[\\p{L}\\p{M}]*)[^\\S\\n]*");

  private PdfWordGaps() {}

  /**
   * Mends words hyphenated across a line break ("Imple-" / "mented"), as pdftotext does: the rest
   * of the word moves up to its first part, so the line count stays the same.
   */
  static String rejoinHyphenated(String pageText) {
    return LINE_END_HYPHEN.matcher(pageText).replaceAll("$1$2\n");
  }

  /**
   * The text of one PDFBox word with a space wherever its glyphs are a word gap apart. Falls back
   * to {@code text} as is when its characters cannot be lined up with the glyphs.
   */
  static String separate(String text, List<TextPosition> positions) {
    if (positions == null || positions.size() < 2 || text.length() < 2) {
      return softHyphens(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int at = 0;
    TextPosition previous = null;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || u.isEmpty()) {
        continue;
      }
      int length = matchLength(text, at, u);
      if (length < 0) {
        return softHyphens(text);
      }
      if (previous != null
          && isWordGap(previous, p)
          && at > 0
          && !Character.isWhitespace(text.charAt(at - 1))
          && !Character.isWhitespace(text.charAt(at))) {
        out.append(' ');
      }
      out.append(text, at, at + length);
      at += length;
      previous = p;
    }
    if (at != text.length()) {
      return softHyphens(text);
    }
    return softHyphens(out.toString());
  }

  /** Whether {@code next} starts a word gap after the end of {@code prev} on the same line. */
  static boolean isWordGap(TextPosition prev, TextPosition next) {
    float size = Math.max(fontSize(prev), fontSize(next));
    if (!(size > 0)) {
      return false;
    }
    float gap = next.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
    boolean sameLine = Math.abs(next.getYDirAdj() - prev.getYDirAdj()) < 0.5f * size;
    return sameLine && gap > WORD_GAP_EM * size;
  }

  private static float fontSize(TextPosition p) {
    float pt = p.getFontSizeInPt();
    return pt > 0 ? pt : p.getFontSize();
  }

  /** Length of the characters at {@code at} that render glyph text {@code u}, or -1. */
  private static int matchLength(String text, int at, String u) {
    if (text.startsWith(u, at)) {
      return u.length();
    }
    String compatible = Normalizer.normalize(u, Normalizer.Form.NFKC); // ligatures, as PDFBox does
    if (!compatible.isEmpty() && text.startsWith(compatible, at)) {
      return compatible.length();
    }
    return -1;
  }

  private static String softHyphens(String text) {
    return text.indexOf('\u00AD') < 0 ? text : text.replace('\u00AD', '-');
  }
}
