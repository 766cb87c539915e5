package dev.keyfit.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads Word 97–2003 documents (.doc) with Apache POI HWPF: headers, main text, the main text-box
 * story and footers, one paragraph a line. Word 6/95 files are read with {@link Word6Extractor}.
 *
 * <p>Stateless and thread-safe. A file is opened read-only and closed before returning; bytes are
 * read in memory.
 */
public final class DocExtractor implements Extractor {

  /**
   * A list item's bullet as HWPF writes it: the bullet glyph then a tab. Word's Symbol and
   * Wingdings bullets are private-use code points (U+F0B7 is the round one).
   */
  private static final Pattern LIST_BULLET =
      Pattern.compile(
          "(?m)^[ \\t]*[\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC\\u2022\\u25AA\\u25CF\\u00B7][ \\t]+");

  /** The stream every Word 97+ document has. */
  private static final String WORD_STREAM = "WordDocument";

  @Override
  public DocumentFormat format() {
    return DocumentFormat.DOC;
  }

  @Override
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    Extractors.check(source, limits);
    try (POIFSFileSystem fs = FormatDetector.openOle2(source)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
        throw new ExtractionException(
            Failure.ENCRYPTED,
            "the file is a password-protected Office document (encrypted package)");
      }
      if (!root.hasEntry(WORD_STREAM)) {
        throw new ExtractionException(
            Failure.UNSUPPORTED,
            "an OLE2 file without a Word document stream (Excel, PowerPoint or another program's file?)");
      }
      return toDocument(source.name(), read(root), limits);
    } catch (OfficeXmlFileException e) {
      throw new ExtractionException(
          Failure.CORRUPT,
          "the file is really a DOCX (Office Open XML), not a Word 97-2003 .doc",
          e);
    } catch (EmptyFileException e) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty", e);
    } catch (NotOLE2FileException e) {
      throw new ExtractionException(Failure.CORRUPT, "not a Word .doc (no OLE2 header)", e);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(Failure.ENCRYPTED, "the .doc is password-protected", e);
    } catch (RecordFormatException e) {
      throw new ExtractionException(
          Failure.CORRUPT,
          "the .doc has damaged records: "
              + DocxExtractor.firstLine(String.valueOf(e.getMessage())),
          e);
    } catch (IndexOutOfBoundsException e) {
      throw truncated(e);
    } catch (IOException e) {
      throw new ExtractionException(
          Failure.CORRUPT,
          "the .doc could not be read: " + DocxExtractor.firstLine(String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * POIFS reports a sector beyond the end of a truncated file (a cut-off download, say) as an
   * IndexOutOfBoundsException "Position … past the end of the file"; any other one is a parser bug
   * and is left to the caller's guard.
   */
  private static ExtractionException truncated(IndexOutOfBoundsException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("past the end of the file")) {
        return new ExtractionException(
            Failure.CORRUPT, "the .doc is truncated (cut off before its end)", e);
      }
    }
    throw e;
  }

  /** What one .doc holds: its text and the layout facts HWPF can tell. */
  private record Read(String text, int images, int tables, int textBoxes, int savedYear) {}

  /** Word 97+ through HWPF; Word 6/95 through the old-format reader. */
  private static Read read(DirectoryNode root) throws IOException, ExtractionException {
    HWPFDocument doc;
    try {
      doc = new HWPFDocument(root);
    } catch (OldWordFileFormatException e) {
      return new Read(readOldText(root, e), 0, 0, 0, 0);
    }
    try (WordExtractor extractor = new WordExtractor(doc)) {
      String text =
          LIST_BULLET.matcher(WordExtractor.stripFields(extractor.getText())).replaceAll("• ");
      // The text-box story holds every box's text in one range: "1" means "at least one".
      int textBoxes = doc.getMainTextboxRange().text().isBlank() ? 0 : 1;
      return new Read(
          text,
          doc.getPicturesTable().getAllPictures().size(),
          countTables(doc.getRange()),
          textBoxes,
          SavedYear.of(doc.getSummaryInformation()));
    }
  }

  /** Top-level tables: runs of paragraphs inside a table. */
  private static int countTables(Range range) {
    int tables = 0;
    boolean inTable = false;
    for (int i = 0; i < range.numParagraphs(); i++) {
      boolean now = range.getParagraph(i).isInTable();
      if (now && !inTable) {
        tables++;
      }
      inTable = now;
    }
    return tables;
  }

  private static String readOldText(DirectoryNode root, OldWordFileFormatException cause)
      throws ExtractionException {
    try {
      HWPFOldDocument old = new HWPFOldDocument(root);
      try (Word6Extractor extractor = new Word6Extractor(old)) {
        return extractor.getText();
      }
    } catch (IOException | RuntimeException e) {
      ExtractionException failure =
          new ExtractionException(
              Failure.UNSUPPORTED, "a Word 6/95 (or older) document that could not be read", cause);
      failure.addSuppressed(e);
      throw failure;
    }
  }

  private static ExtractedDocument toDocument(String fileName, Read read, ExtractionLimits limits) {
    List<String> notes = new ArrayList<>();
    String text = TextNormalizer.normalize(read.text(), limits.maxChars(), notes);
    if (read.textBoxes() > 0) {
      notes.add("text boxes: keyfit reads them, but some applicant tracking systems skip them");
    }
    LayoutSignals layout =
        new LayoutSignals(
            0,
            LayoutSignals.countWords(text),
            read.images(),
            0,
            0,
            read.tables(),
            read.textBoxes(),
            0,
            notes);
    return new ExtractedDocument(fileName, DocumentFormat.DOC, text, layout, "", read.savedYear());
  }
}
