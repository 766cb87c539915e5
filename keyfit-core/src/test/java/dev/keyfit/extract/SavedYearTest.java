package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.testing.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format's own record of when the file was saved gives the document's saved year. */
class SavedYearTest {

  @TempDir Path dir;
  private final Extractors extractors = Extractors.standard();

  private static Calendar utc(int year) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, Calendar.JUNE, 1);
    return c;
  }

  private Path pdf(Calendar created, Calendar modified) throws Exception {
    byte[] plain = HostileFiles.pdf(HostileFiles.RESUME, null, null);
    try (PDDocument doc = Loader.loadPDF(plain)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreationDate(created);
      info.setModificationDate(modified);
      Path file = dir.resolve("dated.pdf");
      doc.save(file.toFile());
      return file;
    }
  }

  @Test
  void aPdfIsSavedInTheLaterOfItsCreationAndModificationYears() throws Exception {
    assertEquals(2024, extractors.extract(pdf(utc(2019), utc(2024))).savedYear());
    assertEquals(2019, extractors.extract(pdf(utc(2019), null)).savedYear());
  }

  @Test
  void aPdfWithoutDatesOrWithABrokenClockHasNoSavedYear() throws Exception {
    assertEquals(0, extractors.extract(pdf(null, null)).savedYear());
    assertEquals(0, extractors.extract(pdf(utc(1904), null)).savedYear());
  }

  @Test
  void aDocxIsSavedInItsCorePropertiesYear() throws Exception {
    Path file = dir.resolve("dated.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText(HostileFiles.RESUME);
      doc.getProperties().getCoreProperties().setCreated(Optional.of(utc(2017).getTime()));
      doc.getProperties().getCoreProperties().setModified(Optional.of(utc(2022).getTime()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      Files.write(file, out.toByteArray());
    }
    assertEquals(2022, extractors.extract(file).savedYear());
  }

  @Test
  void aDocIsSavedInItsSummaryInformationYear() throws Exception {
    Path file = dir.resolve("sample-resume.doc");
    try (InputStream in = DocExtractorTest.class.getResourceAsStream("sample-resume.doc")) {
      Files.copy(in, file);
    }
    int expected;
    try (InputStream in = Files.newInputStream(file);
        HWPFDocument doc = new HWPFDocument(in)) {
      Date created = doc.getSummaryInformation().getCreateDateTime();
      Date saved = doc.getSummaryInformation().getLastSaveDateTime();
      expected = Math.max(year(created), year(saved));
    }
    assertEquals(expected >= 1980 ? expected : 0, extractors.extract(file).savedYear());
  }

  @Test
  void plainTextRecordsNoSavedYear() throws Exception {
    Path file = dir.resolve("cv.txt");
    Files.writeString(file, HostileFiles.RESUME);
    assertEquals(0, extractors.extract(file).savedYear(), "the file system's clock is not read");
  }

  private static int year(Date date) {
    if (date == null) {
      return 0;
    }
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.setTime(date);
    return c.get(Calendar.YEAR);
  }
}
