package dev.keyfit.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;

/** Builds DOCX test files with POI and the JDK zip API; nothing here is committed as a binary. */
public final class DocxFixtures {

  public static final String TEXT_BOX_TEXT = "Certified ScrumMaster sidebar";
  public static final String VML_TEXT_BOX_TEXT = "Legacy VML box text";

  private DocxFixtures() {}

  /** Header, summary, a numbered list item, a 2x2 skills table, a content control, a footer. */
  public static XWPFDocument features() {
    XWPFDocument doc = new XWPFDocument();
    doc.createHeader(HeaderFooterType.DEFAULT)
        .createParagraph()
        .createRun()
        .setText("Jane Doe | jane@example.com");
    doc.createFooter(HeaderFooterType.DEFAULT)
        .createParagraph()
        .createRun()
        .setText("References on request");
    doc.createParagraph().createRun().setText("Summary");
    doc.createParagraph().createRun().setText("Technical program manager for cloud platforms.");
    XWPFParagraph item = doc.createParagraph();
    item.setNumID(BigInteger.ONE);
    item.createRun().setText("Cut release lead time by 40% with CI/CD");
    XWPFTable table = doc.createTable(2, 2);
    table.getRow(0).getCell(0).setText("Jira");
    table.getRow(0).getCell(1).setText("Confluence");
    table.getRow(1).getCell(0).setText("Terraform");
    table.getRow(1).getCell(1).setText("Kubernetes");
    CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
    sdt.addNewSdtContent()
        .addNewP()
        .addNewR()
        .addNewT()
        .setStringValue("Content control: PMP certified");
    doc.createParagraph().createRun().setText("Experience");
    return doc;
  }

  /** A body paragraph followed by a run holding a Word 2010 text box (Choice) and its VML copy. */
  public static XWPFDocument withDrawingTextBox() throws Exception {
    return withDrawingTextBox(TEXT_BOX_TEXT);
  }

  public static XWPFDocument withDrawingTextBox(String text) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("Body before the box");
    XWPFRun run = doc.createParagraph().createRun();
    appendXml(run, alternateContent(text));
    doc.createParagraph().createRun().setText("Body after the box");
    return doc;
  }

  /** A header whose only content is a Word 2010 text box. */
  public static XWPFDocument withTextBoxInHeader(String text) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    appendXml(
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun(),
        alternateContent(text));
    doc.createParagraph().createRun().setText("Body");
    return doc;
  }

  /** A legacy text box: {@code w:pict/v:shape/v:textbox} directly in a run. */
  public static XWPFDocument withVmlTextBox() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    appendXml(doc.createParagraph().createRun(), vml(VML_TEXT_BOX_TEXT));
    return doc;
  }

  public static String alternateContent(String text) {
    return "<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
        + " xmlns:w='"
        + DocxText.W
        + "' xmlns:wps='"
        + DocxText.WPS
        + "'"
        + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
        + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'>"
        + "<mc:Choice Requires='wps'><w:drawing><wp:anchor><wp:extent cx='1828800' cy='914400'/>"
        + "<wp:docPr id='1' name='Text Box 1'/><a:graphic>"
        + "<a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        + "<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>"
        + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        + "</w:drawing></mc:Choice><mc:Fallback>"
        + vml(text)
        + "</mc:Fallback></mc:AlternateContent>";
  }

  public static String vml(String text) {
    return "<w:pict xmlns:w='"
        + DocxText.W
        + "' xmlns:v='urn:schemas-microsoft-com:vml'>"
        + "<v:shape id='tb' style='width:144pt;height:72pt'><v:textbox><w:txbxContent>"
        + "<w:p><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>";
  }

  private static void appendXml(XWPFRun run, String xml) throws Exception {
    XmlObject fragment = XmlObject.Factory.parse(xml);
    try (XmlCursor from = fragment.newCursor();
        XmlCursor to = run.getCTR().newCursor()) {
      from.toFirstChild();
      to.toEndToken();
      from.copyXml(to);
    }
  }

  public static Path write(XWPFDocument doc, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      doc.write(out);
    }
    doc.close();
    return file;
  }

  public static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  /**
   * An agile-encrypted (password "secret") copy of a DOCX, as Word writes it: an OLE2 container.
   */
  public static Path encrypt(byte[] docx, Path file) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /** Copies a zip, replacing the named entries' content. */
  public static Path replaceEntries(byte[] zip, Map<String, byte[]> replacements, Path file)
      throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] replacement = replacements.get(entry.getName());
        out.write(replacement != null ? replacement : in.readAllBytes());
        out.closeEntry();
      }
    }
    return file;
  }

  /** A document.xml whose one run holds {@code body} (already escaped), with an optional prolog. */
  public static byte[] documentXml(String prolog, String body) {
    return (prolog
            + "<w:document xmlns:w='"
            + DocxText.W
            + "'><w:body><w:p><w:r><w:t>"
            + body
            + "</w:t></w:r></w:p></w:body></w:document>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A DOCX whose document.xml inflates to {@code spaces} bytes of blanks, streamed so neither the
   * test nor the file ever holds it in memory.
   */
  public static Path zipBomb(byte[] template, long spaces, Path file) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.setLevel(9);
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          out.write(
              ("<w:document xmlns:w='" + DocxText.W + "'><w:body><w:p><w:r><w:t>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          Arrays.fill(blanks, (byte) ' ');
          for (long left = spaces; left > 0; left -= blanks.length) {
            out.write(blanks, 0, (int) Math.min(blanks.length, left));
          }
          out.write("x</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(in.readAllBytes());
        }
        out.closeEntry();
      }
    }
    return file;
  }

  /** Sets the compression method of the named entry, in its local and central headers. */
  public static byte[] patchMethod(byte[] zip, String name, int method) {
    byte[] patched = zip.clone();
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    int found = 0;
    for (int i = 0; i + 46 < patched.length; i++) {
      if (u32(patched, i) == 0x04034b50
          && nameMatches(patched, i + 30, u16(patched, i + 26), wanted)) {
        patched[i + 8] = (byte) method;
        patched[i + 9] = (byte) (method >> 8);
        found++;
      } else if (u32(patched, i) == 0x02014b50
          && nameMatches(patched, i + 46, u16(patched, i + 28), wanted)) {
        patched[i + 10] = (byte) method;
        patched[i + 11] = (byte) (method >> 8);
        found++;
      }
    }
    if (found != 2) {
      throw new IllegalStateException(
          "expected a local and a central header for " + name + ", found " + found);
    }
    return patched;
  }

  private static boolean nameMatches(byte[] zip, int at, int length, byte[] wanted) {
    return length == wanted.length
        && at + length <= zip.length
        && Arrays.equals(zip, at, at + length, wanted, 0, length);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xffffffffL;
  }
}
