package dev.keyfit.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Rewrites the committed fixture {@code src/test/resources/dev/keyfit/extract/sample-resume.doc}.
 * Not a test: POI cannot write .doc, so this builds a DOCX with POI and converts it with
 * LibreOffice ({@code soffice --headless --convert-to doc}). Run from the project root:
 *
 * <pre>mvn -q -o test-compile exec:java ... or: java -cp target/test-classes:$(cat cp.txt) \
 *   dev.keyfit.extract.DocFixtureGenerator</pre>
 */
public final class DocFixtureGenerator {

  public static final String HEADER = "Alex Rivera | alex.rivera@example.com | (555) 010-0199";
  public static final String TEXT_BOX = "Certifications: PMP, CSM";

  private DocFixtureGenerator() {}

  public static void main(String[] args) throws Exception {
    Path target =
        Path.of(args.length > 0 ? args[0] : "keyfit-core/src/test/resources/dev/keyfit/extract");
    Files.createDirectories(target);
    Path work = Files.createTempDirectory("keyfit-doc");
    Path docx = work.resolve("sample-resume.docx");
    DocxFixtures.write(resume(), docx);
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                work.toString(),
                docx.toString())
            .inheritIO()
            .start();
    if (!soffice.waitFor(120, TimeUnit.SECONDS) || soffice.exitValue() != 0) {
      throw new IllegalStateException("soffice failed");
    }
    Files.copy(
        work.resolve("sample-resume.doc"),
        target.resolve("sample-resume.doc"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println("wrote " + target.resolve("sample-resume.doc"));
  }

  public static XWPFDocument resume() throws Exception {
    XWPFDocument doc = DocxFixtures.withDrawingTextBox(TEXT_BOX);
    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
    doc.createParagraph().createRun().setText("Summary");
    doc.createParagraph()
        .createRun()
        .setText(
            "Project manager with eight years of experience delivering software releases on schedule.");
    doc.createParagraph().createRun().setText("Experience");
    doc.createParagraph()
        .createRun()
        .setText("Led a 12-person Agile team and cut the release cycle from 6 weeks to 2 weeks.");
    XWPFTable skills = doc.createTable(1, 3);
    skills.getRow(0).getCell(0).setText("Jira");
    skills.getRow(0).getCell(1).setText("Smartsheet");
    skills.getRow(0).getCell(2).setText("Risk management");
    doc.createFooter(HeaderFooterType.DEFAULT)
        .createParagraph()
        .createRun()
        .setText("Page footer: Alex Rivera resume");
    return doc;
  }
}
