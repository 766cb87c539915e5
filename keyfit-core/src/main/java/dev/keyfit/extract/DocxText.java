package dev.keyfit.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Collects the text of one {@link XWPFDocument} in reading order: headers, body (paragraphs,
 * tables, content controls, text boxes), footers. One paragraph a line; one table cell a line; list
 * paragraphs start with {@code "• "}. Not thread-safe; one instance per document.
 *
 * <p>Why not {@code XWPFWordExtractor}: POI 5.5.1 drops DrawingML text boxes wrapped in {@code
 * mc:AlternateContent} (how Word 2010+ saves every text box; fixed upstream by apache/poi#1091,
 * after 5.5.1), and it writes table rows as tab-separated lines. When POI is upgraded past that
 * fix, re-check that text-box text still appears exactly once.
 */
final class DocxText {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String VML = "urn:schemas-microsoft-com:vml";

  /** The Choice branch only: the VML Fallback repeats the same text. */
  private static final String DRAWINGML_TEXT_BOXES =
      "declare namespace w='"
          + W
          + "' declare namespace wps='"
          + WPS
          + "' .//wps:txbx/w:txbxContent";

  private static final String VML_TEXT_BOXES = "declare namespace v='" + VML + "' .//v:textbox";

  private static final QName W_P = new QName(W, "p");
  private static final QName W_TBL = new QName(W, "tbl");
  private static final QName MC_ALTERNATE_CONTENT = new QName(MC, "AlternateContent");
  private static final QName MC_FALLBACK = new QName(MC, "Fallback");

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder margins = new StringBuilder();
  private final int budget;
  private int tables;
  private int textBoxes;

  /**
   * @param budget stop collecting once this many characters are held (the caller cuts exactly)
   */
  DocxText(int budget) {
    this.budget = budget;
  }

  /** Reads the whole document; call once. */
  DocxText read(XWPFDocument doc) {
    headersOrFooters(doc.getHeaderList());
    body(doc);
    headersOrFooters(doc.getFooterList());
    return this;
  }

  String text() {
    return out.toString();
  }

  /** The headers' and footers' text alone (also in {@link #text()}). */
  String headerFooterText() {
    return margins.toString();
  }

  int tables() {
    return tables;
  }

  int textBoxes() {
    return textBoxes;
  }

  private boolean full() {
    return out.length() > budget;
  }

  private void headersOrFooters(List<? extends XWPFHeaderFooter> parts) {
    Set<String> seen = new HashSet<>(); // first-page, even and default headers often repeat
    for (XWPFHeaderFooter part : parts) {
      DocxText one = new DocxText(budget);
      one.body(part);
      if (seen.add(one.text())) {
        out.append(one.out);
        margins.append(one.out);
        tables += one.tables;
        textBoxes += one.textBoxes;
      }
    }
  }

  private void body(IBody body) {
    for (IBodyElement element : body.getBodyElements()) {
      if (full()) {
        return;
      }
      if (element instanceof XWPFParagraph) {
        paragraph((XWPFParagraph) element, body);
      } else if (element instanceof XWPFTable) {
        table((XWPFTable) element);
      } else if (element instanceof XWPFSDT) {
        line(((XWPFSDT) element).getContent().getText());
      }
    }
  }

  private void paragraph(XWPFParagraph paragraph, IBody body) {
    String text = paragraph.getText();
    if (isListItem(paragraph) && !text.isBlank() && !startsWithBullet(text)) {
      text = "• " + text.strip();
    }
    line(text);
    drawingTextBoxes(paragraph.getCTP(), body);
    countVmlTextBoxes(paragraph.getCTP());
  }

  private void table(XWPFTable table) {
    tables++;
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        body(cell); // one paragraph a line, so a skills grid reads as a list
      }
    }
  }

  /**
   * Text of DrawingML text boxes that POI's run model does not see (inside mc:AlternateContent).
   */
  private void drawingTextBoxes(CTP ctp, IBody body) {
    for (XmlObject content : ctp.selectPath(DRAWINGML_TEXT_BOXES)) {
      if (!hasAncestor(content, MC_ALTERNATE_CONTENT) || hasAncestor(content, MC_FALLBACK)) {
        continue; // a bare w:drawing is already in XWPFRun's picture text
      }
      textBoxes++;
      try (XmlCursor cursor = content.newCursor()) {
        for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
          XmlObject child = cursor.getObject();
          QName name = cursor.getName();
          if (W_P.equals(name)) {
            line(new XWPFParagraph(typed(child, CTP.type, CTP.class), body).getText());
          } else if (W_TBL.equals(name)) {
            table(new XWPFTable(typed(child, CTTbl.type, CTTbl.class), body));
          }
        }
      }
    }
  }

  /**
   * Content under mc:AlternateContent is not in the WordprocessingML schema, so XmlBeans loads it
   * untyped ({@code xs:anyType}); copy it into a typed bean to use POI's paragraph and table model.
   * The copy comes from the already-parsed tree, so no XML parser sees the file's bytes again.
   */
  private static <T extends XmlObject> T typed(XmlObject node, SchemaType type, Class<T> kind) {
    if (kind.isInstance(node)) {
      return kind.cast(node);
    }
    try {
      XmlOptions options =
          new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
              .setDocumentType(type)
              .setLoadReplaceDocumentElement(null); // the element's content becomes the bean's
      return kind.cast(XmlObject.Factory.parse(node.getDomNode(), options));
    } catch (XmlException | ClassCastException e) {
      throw new POIXMLException("cannot read " + type.getName() + " in a text box", e);
    }
  }

  /** Legacy VML text boxes: POI already returns their text in the run; only count them. */
  private void countVmlTextBoxes(CTP ctp) {
    for (XmlObject box : ctp.selectPath(VML_TEXT_BOXES)) {
      if (!hasAncestor(box, MC_ALTERNATE_CONTENT)) {
        textBoxes++;
      }
    }
  }

  private static boolean hasAncestor(XmlObject node, QName name) {
    try (XmlCursor cursor = node.newCursor()) {
      while (cursor.toParent()) {
        if (name.equals(cursor.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isListItem(XWPFParagraph paragraph) {
    if (paragraph.getNumID() != null) {
      return true;
    }
    String style = paragraph.getStyleID();
    return style != null && (style.startsWith("ListBullet") || style.startsWith("ListNumber"));
  }

  private static boolean startsWithBullet(String text) {
    String s = text.stripLeading();
    return s.startsWith("•") || s.startsWith("-") || s.startsWith("*") || s.startsWith("▪");
  }

  /** Appends one line; empty paragraphs stay as blank lines (the normaliser collapses runs). */
  private void line(String text) {
    out.append(text == null ? "" : text).append('\n');
  }
}
