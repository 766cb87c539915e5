package dev.keyfit.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Rewrites the binary demo files under {@code samples/}. Not a test (it never runs under {@code mvn
 * test}); run it from the project root:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keyfit.samples.SampleGenerator [samples]
 * </pre>
 *
 * <p>The PDF and the DOCX files are byte-for-byte reproducible (fixed dates, document ID and zip
 * entry times). {@code pm-resume.doc} is made by LibreOffice ({@code soffice --headless
 * --convert-to doc}) when {@code soffice} is on the PATH; LibreOffice stamps its own dates into it.
 */
public final class SampleGenerator {

  /** 2026-01-15T09:00:00Z, the date stamped into every generated file. */
  public static final Date FIXED_DATE = new Date(1_768_467_600_000L);

  private SampleGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "samples");
    Files.createDirectories(out);
    TwoColumnPdf.write(out.resolve("tpm-resume.pdf"), calendar());
    writeDocx(
        out.resolve("pm-resume.docx"),
        SampleContent.PM_HEADER_NAME,
        SampleContent.PM_HEADER_CONTACT,
        SampleContent.PM_BODY);
    writeDocx(
        out.resolve("nurse-resume.docx"),
        SampleContent.NURSE_HEADER_NAME,
        SampleContent.NURSE_HEADER_CONTACT,
        SampleContent.NURSE_BODY);
    convertToDoc(out.resolve("pm-resume.docx"), out.resolve("pm-resume.doc"));
  }

  public static Calendar calendar() {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTime(FIXED_DATE);
    return calendar;
  }

  /** A single-column DOCX: name and contact line in the page header, the body from the markup. */
  public static void writeDocx(Path file, String name, String contact, String markup)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_DATE));
      doc.getProperties().getCoreProperties().setModified(Optional.of(FIXED_DATE));
      doc.getProperties().getCoreProperties().setCreator("keyfit sample generator");
      doc.getProperties().getCoreProperties().setTitle(name + " resume");
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      run(header.createParagraph(), name, true, 16);
      run(header.createParagraph(), contact, false, 10);
      BigInteger bullets = bulletNumbering(doc);
      XWPFTable table = null;
      for (String line : markup.strip().split("\n")) {
        if (line.startsWith("|")) {
          table = tableRow(doc, table, line);
          continue;
        }
        table = null;
        if (line.startsWith("# ")) {
          XWPFParagraph heading = doc.createParagraph();
          heading.setSpacingBefore(200);
          run(heading, line.substring(2).toUpperCase(java.util.Locale.ROOT), true, 12);
        } else if (line.startsWith("## ")) {
          XWPFParagraph title = doc.createParagraph();
          title.setSpacingBefore(120);
          run(title, line.substring(3), true, 11);
        } else if (line.startsWith("- ")) {
          XWPFParagraph item = doc.createParagraph();
          item.setNumID(bullets);
          run(item, line.substring(2), false, 10);
        } else {
          run(doc.createParagraph(), line, false, 10);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      Files.write(file, withFixedZipTimes(bytes.toByteArray()));
    }
  }

  private static XWPFTable tableRow(XWPFDocument doc, XWPFTable table, String line) {
    String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
    XWPFTable target = table;
    if (target == null) {
      target = doc.createTable(1, cells.length);
    } else {
      target.createRow();
    }
    var row = target.getRow(target.getNumberOfRows() - 1);
    for (int i = 0; i < cells.length; i++) {
      row.getCell(i).setText(cells[i].strip());
    }
    return target;
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("Calibri");
  }

  /** A one-level bullet list definition, so list items show a real bullet in Word. */
  private static BigInteger bulletNumbering(XWPFDocument doc) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }

  /** Rewrites a zip with every entry time set to {@link #FIXED_DATE}, so reruns are identical. */
  public static byte[] withFixedZipTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream zipOut = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(FIXED_DATE.getTime());
        zipOut.putNextEntry(copy);
        zipOut.write(in.readAllBytes());
        zipOut.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Converts with LibreOffice when it is installed; otherwise leaves the old .doc in place. */
  public static void convertToDoc(Path docx, Path doc) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("keyfit-samples");
    List<String> command =
        new ArrayList<>(
            List.of(
                "soffice",
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                work.toString(),
                docx.toString()));
    Process soffice;
    try {
      soffice = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      System.err.println("soffice not found; " + doc + " not regenerated");
      return;
    }
    if (!soffice.waitFor(120, TimeUnit.SECONDS) || soffice.exitValue() != 0) {
      throw new IOException("soffice failed to convert " + docx);
    }
    String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".doc");
    Files.move(work.resolve(name), doc, StandardCopyOption.REPLACE_EXISTING);
    Files.delete(work);
  }
}
