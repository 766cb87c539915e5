package dev.keyfit.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Generates hostile documents at test time with PDFBox, POI and the JDK's zip. */
public final class HostileFiles {

  public static final String RESUME =
      """
      Jane Doe
      Technical Program Manager
      EXPERIENCE
      - Led agile delivery of a cloud migration with Jira, cutting release time by 30%
      - Managed stakeholders, risk management and a budget of $2M with Scrum
      SKILLS
      Kubernetes, AWS, CI/CD, Python, SQL
      """;

  private HostileFiles() {}

  /** Writes every hostile file into {@code dir}; returns file name → what it is. */
  public static Map<String, String> writeAll(Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    byte[] pdf = pdf(RESUME, null, null);
    write(dir, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2), files, "truncated PDF");
    write(dir, "user-password.pdf", pdf(RESUME, "secret", "owner"), files, "user-password PDF");
    write(dir, "owner-password.pdf", pdf(RESUME, "", "owner"), files, "owner-password PDF");
    write(dir, "encrypted.docx", encryptedDocx(), files, "encrypted DOCX");
    write(dir, "zip-bomb.docx", zipBomb(), files, "zip bomb DOCX");
    write(dir, "xxe.docx", xxeDocx(), files, "XXE DOCX");
    write(dir, "zero-byte.pdf", new byte[0], files, "zero-byte");
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    write(dir, "random.docx", random, files, "random bytes");
    write(dir, "docx-named.pdf", docx(RESUME), files, "DOCX named .pdf");
    byte[] randomPdf = new byte[4096];
    new Random(43).nextBytes(randomPdf);
    write(dir, "random.pdf", randomPdf, files, "random bytes named .pdf");
    write(dir, "scanned.pdf", imageOnlyPdf(), files, "image-only PDF");
    return files;
  }

  /** A one-page PDF holding only a picture of text, like a scanned resume. */
  public static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 100);
      g.setColor(Color.BLACK);
      g.drawString("Jane Doe, TPM", 20, 50);
      g.dispose();
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, scan), 50, 500, 400, 200);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void write(
      Path dir, String name, byte[] bytes, Map<String, String> files, String what)
      throws IOException {
    Files.write(dir.resolve(name), bytes);
    files.put(name, what);
  }

  /** A one-page PDF of the text; with passwords, encrypted (AES-128). */
  public static byte[] pdf(String text, String userPassword, String ownerPassword)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.setLeading(14);
        cs.newLineAtOffset(50, 740);
        for (String line : text.split("\n")) {
          cs.showText(line.replace("$", "USD ").replaceAll("[^\\x20-\\x7e]", " "));
          cs.newLine();
        }
        cs.endText();
      }
      if (ownerPassword != null) {
        AccessPermission none = new AccessPermission();
        none.setCanExtractContent(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(ownerPassword, userPassword, none);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  public static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String line : text.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  public static byte[] encryptedDocx() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx(RESUME));
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A DOCX whose document.xml inflates from about 100 KB to 100 MB (ratio 1000:1). */
  public static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                  + "2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 100; i++) {
        zip.write(spaces);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** A DOCX whose document.xml declares an external entity (must never be resolved). */
  public static byte[] xxeDocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", RELS);
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
              + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
              + "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>");
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
          + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>";
  private static final String RELS =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
}
