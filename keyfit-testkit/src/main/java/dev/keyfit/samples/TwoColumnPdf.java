package dev.keyfit.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws the TPM sample as a two-column US Letter resume: a shaded sidebar at x=40 (170 pt wide) and
 * the main column at x=230. Standard 14 Helvetica, WinAnsi characters only; bullets are drawn as
 * {@code -}. The main column flows onto a second page; the sidebar stays on page one.
 */
public final class TwoColumnPdf {

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float SIDEBAR_X = 40;
  private static final float SIDEBAR_WIDTH = 170;
  private static final float MAIN_X = 230;
  private static final float MAIN_WIDTH = 612 - 40 - MAIN_X;
  private static final float TOP = 792 - 110;
  private static final float BOTTOM = 50;

  private final PDDocument doc;
  private PDPageContentStream stream;
  private float y;

  private TwoColumnPdf(PDDocument doc) {
    this.doc = doc;
  }

  public static void write(Path file, Calendar date) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(SampleContent.TPM_NAME + " resume");
      info.setAuthor("keyfit sample generator");
      info.setCreator("keyfit SampleGenerator (Apache PDFBox)");
      info.setCreationDate(date);
      info.setModificationDate(date);
      COSArray id = new COSArray(); // a fixed ID: PDFBox would otherwise hash the current time
      id.add(new COSString("keyfit-sample-tpm-resume"));
      id.add(new COSString("keyfit-sample-tpm-resume"));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      new TwoColumnPdf(doc).draw();
      doc.save(file.toFile());
    }
  }

  private void draw() throws IOException {
    newPage();
    stream.setNonStrokingColor(0.93f, 0.94f, 0.96f);
    stream.addRect(SIDEBAR_X - 10, BOTTOM - 10, SIDEBAR_WIDTH + 15, TOP - BOTTOM + 30);
    stream.fill();
    stream.setNonStrokingColor(0f, 0f, 0f);
    text(BOLD, 22, SIDEBAR_X, 792 - 60, SampleContent.TPM_NAME);
    text(REGULAR, 12, SIDEBAR_X, 792 - 80, SampleContent.TPM_TITLE);
    y = TOP;
    column(SampleContent.TPM_SIDEBAR, SIDEBAR_X, SIDEBAR_WIDTH, 8.5f, false);
    y = TOP;
    column(SampleContent.TPM_MAIN, MAIN_X, MAIN_WIDTH, 9.5f, true);
    stream.close();
  }

  private PDPage newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    stream = new PDPageContentStream(doc, page);
    y = TOP + 40;
    return page;
  }

  private void column(String markup, float x, float width, float size, boolean mayBreak)
      throws IOException {
    for (String line : markup.strip().split("\n")) {
      if (line.startsWith("# ")) {
        y -= size * 0.9f;
        block(
            BOLD,
            size + 2.5f,
            x,
            width,
            line.substring(2).toUpperCase(java.util.Locale.ROOT),
            "",
            mayBreak);
        y -= 3;
      } else if (line.startsWith("## ")) {
        y -= size * 0.5f;
        block(BOLD, size, x, width, line.substring(3), "", mayBreak);
      } else if (line.startsWith("- ")) {
        block(REGULAR, size, x, width, line.substring(2), "-  ", mayBreak);
      } else {
        block(REGULAR, size, x, width, line, "", mayBreak);
      }
    }
  }

  /** Draws one wrapped block; continuation lines of a bullet are indented under its text. */
  private void block(
      PDType1Font font,
      float size,
      float x,
      float width,
      String text,
      String bullet,
      boolean mayBreak)
      throws IOException {
    float indent = font.getStringWidth(bullet) / 1000 * size;
    List<String> lines = wrap(font, size, text, width - indent);
    for (int i = 0; i < lines.size(); i++) {
      float leading = size * 1.35f;
      if (y - leading < BOTTOM && mayBreak) {
        newPage();
      }
      y -= leading;
      if (i == 0 && !bullet.isEmpty()) {
        text(font, size, x, y, bullet.strip());
      }
      text(font, size, x + indent, y, lines.get(i));
    }
  }

  private static List<String> wrap(PDType1Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void text(PDType1Font font, float size, float x, float baseline, String text)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, baseline);
    stream.showText(text);
    stream.endText();
  }
}
