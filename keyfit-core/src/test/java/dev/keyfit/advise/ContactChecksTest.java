package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.Extractors;
import dev.keyfit.report.Report;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact details that only a DOCX page header or footer holds, which many ATSs drop. */
class ContactChecksTest {

  private static Keyfit keyfit;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    keyfit = Keyfit.create();
  }

  /** A real DOCX written with POI: contact lines in the header, the rest in the body. */
  private Path docx(String name, String header, String footer, String... body) throws Exception {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
      if (footer != null) {
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
      }
      for (String line : body) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
    return file;
  }

  private static final String[] BODY = {
    "Summary",
    "Project manager with 8 years in marketing operations.",
    "Experience",
    "Project Manager, Acme — Jan 2019 – Present",
    "Led 12 product launches for 4 regions.",
    "Education",
    "B.A. Marketing, 2012"
  };

  @Test
  void emailAndPhoneOnlyInTheHeaderWarn() throws Exception {
    Path file =
        docx("header-only.docx", "Maria Delgado · maria@example.com", "+1 312 555 0147", BODY);
    ExtractedDocument doc = Extractors.standard().extract(file);
    assertTrue(doc.headerFooterText().contains("maria@example.com"), doc.headerFooterText());
    assertTrue(doc.text().contains("maria@example.com"), "header text stays in the text");
    Report report = keyfit.analyze(doc, AnalysisOptions.defaults());
    Check email = Fixtures.check(report, "contact-email");
    Check phone = Fixtures.check(report, "contact-phone");
    assertEquals(Check.Status.WARN, email.status());
    assertTrue(email.message().contains("only in the page header or footer"), email.message());
    assertEquals(Check.Status.WARN, phone.status());
    assertTrue(phone.fix().contains("body"), phone.fix());
  }

  @Test
  void contactDetailsAlsoInTheBodyPass() throws Exception {
    String[] body = new String[BODY.length + 1];
    body[0] = "maria@example.com | +1 312 555 0147";
    System.arraycopy(BODY, 0, body, 1, BODY.length);
    Path file = docx("body-too.docx", "Maria Delgado · maria@example.com", null, body);
    Report report = keyfit.analyze(file, AnalysisOptions.defaults());
    assertEquals(Check.Status.PASS, Fixtures.check(report, "contact-email").status());
    assertEquals(Check.Status.PASS, Fixtures.check(report, "contact-phone").status());
  }

  @Test
  void plainTextHasNoHeaderSoContactDetailsPass() throws Exception {
    Report report =
        Fixtures.analyzeText(
            "Jane Doe\njane@example.com | +1 206 555 0100\nExperience\n- Led 3 teams\n");
    assertEquals(Check.Status.PASS, Fixtures.check(report, "contact-email").status());
    assertEquals(Check.Status.PASS, Fixtures.check(report, "contact-phone").status());
  }
}
