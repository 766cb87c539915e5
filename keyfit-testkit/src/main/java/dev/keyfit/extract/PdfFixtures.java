package dev.keyfit.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes small PDFs for tests with PDFBox, so no third-party file is committed. */
public final class PdfFixtures {

  public static final List<String> RESUME =
      List.of(
          "Jane Doe - Technical Program Manager",
          "EXPERIENCE",
          "Led a cross-functional team of 12 engineers to ship a payments platform.",
          "Managed stakeholders across product, legal and operations.",
          "SKILLS",
          "Agile, Scrum, Jira, risk management, roadmap planning");

  private PdfFixtures() {}

  public static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** One page per entry; an empty list makes a page without text. */
  @SafeVarargs
  public static Path write(Path file, List<String>... pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 720;
          for (String line : lines) {
            text(cs, 50, y, line);
            y -= 16;
          }
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A two-column page written row by row (left row, then right row at the same baseline), so that
   * only column detection can keep each column together; a full-width name line on top.
   */
  public static Path twoColumns(Path file, List<String> left, List<String> right)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, 150, 740, "JANE QUINN DOE   TECHNICAL PROGRAM MANAGER   SEATTLE WA");
        float y = 700;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
          if (i < left.size()) {
            text(cs, 40, y, left.get(i));
          }
          if (i < right.size()) {
            text(cs, 250, y, right.get(i));
          }
          y -= 14;
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** Encrypts with an owner password, and a user password unless {@code userPassword} is "". */
  public static Path encrypted(Path file, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 720;
        for (String line : RESUME) {
          text(cs, 50, y, line);
          y -= 16;
        }
      }
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  /** Pages that hold only a picture of text, like a scanned resume. */
  public static Path imageOnly(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 200, 100);
      g.setColor(Color.BLACK);
      g.drawString("Jane Doe, TPM", 20, 50);
      g.dispose();
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 50, 500, 400, 200);
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), 10);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }
}
