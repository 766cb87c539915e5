package dev.keyfit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads Word 2007+ documents (.docx) with Apache POI XWPF: headers, body paragraphs, tables,
 * content controls, legacy VML and Word 2010+ DrawingML text boxes, footers.
 *
 * <p>Stateless and thread-safe. A file is opened read-only and closed before returning; bytes are
 * read in memory.
 *
 * <p>A package whose zip entries declare more than {@value #MAX_ENTRY_SIZE} bytes uncompressed is
 * refused before POI opens it; POI's inflate-ratio check (1%) stays at its default. The same limit
 * for what an entry really inflates to is JVM-wide in POI, so it is set by the process owner's
 * {@code Keyfit.hardenLibraries()}, not by loading this class.
 */
public final class DocxExtractor implements Extractor {

  /** Largest uncompressed zip entry accepted: far above any real resume part. */
  public static final long MAX_ENTRY_SIZE = 100L << 20;

  @Override
  public DocumentFormat format() {
    return DocumentFormat.DOCX;
  }

  @Override
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    Extractors.check(source, limits);
    OPCPackage pkg = null;
    try {
      refuseOversizedEntries(source);
      pkg = open(source);
      @SuppressWarnings("resource") // closing the document would close (save) the package
      XWPFDocument doc = new XWPFDocument(pkg);
      return toDocument(source.name(), doc, limits);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw ole2(source, e);
    } catch (EmptyFileException e) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty", e);
    } catch (NotOfficeXmlFileException e) {
      throw failure(e, "not a DOCX (Office Open XML) package");
    } catch (POIXMLException | InvalidFormatException e) {
      throw failure(e, "the DOCX is not valid");
    } catch (OpenXML4JException | IOException e) {
      throw failure(e, "the DOCX could not be read");
    } catch (NoClassDefFoundError e) {
      throw unsupportedCompression(e);
    } finally {
      if (pkg != null) {
        pkg.revert(); // READ access: release the file without the save path close() would run
      }
    }
  }

  /**
   * Refuses a package whose central directory declares an entry larger than {@link #MAX_ENTRY_SIZE}
   * uncompressed, before POI inflates anything; a directory that cannot be read is left to POI,
   * which says what is wrong with it.
   */
  private static void refuseOversizedEntries(DocumentSource source) throws ExtractionException {
    java.util.Map<String, Long> sizes;
    try {
      sizes = FormatDetector.zipEntrySizes(source);
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (java.util.Map.Entry<String, Long> e : sizes.entrySet()) {
      if (e.getValue() > MAX_ENTRY_SIZE) {
        throw new ExtractionException(
            Failure.TOO_LARGE,
            "expands to too much data (zip bomb): "
                + e.getKey()
                + " declares "
                + e.getValue()
                + " bytes, over the limit of "
                + MAX_ENTRY_SIZE);
      }
    }
  }

  /**
   * A file read-only in place; bytes through POI's stream reader, which holds the parts in memory
   * (no temporary file) and applies the same zip-bomb limits as it reads them.
   */
  private static OPCPackage open(DocumentSource source) throws IOException, InvalidFormatException {
    dev.keyfit.LibrarySettings.beforeOoxml(); // POI's entry limit, if the process owner asked
    Optional<Path> file = source.path();
    if (file.isPresent()) {
      return OPCPackage.open(file.get().toFile(), PackageAccess.READ);
    }
    try (InputStream in = source.open()) {
      return OPCPackage.open(in);
    }
  }

  private ExtractedDocument toDocument(String fileName, XWPFDocument doc, ExtractionLimits limits) {
    DocxText walk = new DocxText(limits.maxChars()).read(doc);
    List<String> notes = new ArrayList<>();
    String text = TextNormalizer.normalize(walk.text(), limits.maxChars(), notes);
    if (walk.textBoxes() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d text box%s: keyfit reads them, but some applicant tracking systems skip them",
              walk.textBoxes(),
              walk.textBoxes() == 1 ? "" : "es"));
    }
    LayoutSignals layout =
        new LayoutSignals(
            0,
            LayoutSignals.countWords(text),
            doc.getAllPackagePictures().size(),
            0,
            0,
            walk.tables(),
            walk.textBoxes(),
            0,
            notes);
    String margins = TextNormalizer.normalize(walk.headerFooterText(), limits.maxChars(), null);
    int saved;
    try {
      saved = SavedYear.of(doc.getPackage().getPackageProperties());
    } catch (InvalidFormatException e) { // unreadable core properties: no saved year
      saved = 0;
    }
    return new ExtractedDocument(fileName, DocumentFormat.DOCX, text, layout, margins, saved);
  }

  /** An OLE2 container: a password-protected DOCX, or a legacy .doc/.xls given as DOCX. */
  private static ExtractionException ole2(DocumentSource source, RuntimeException e) {
    try (POIFSFileSystem fs = FormatDetector.openOle2(source)) {
      if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
        return new ExtractionException(
            Failure.ENCRYPTED, "the DOCX is password-protected (encrypted OOXML package)", e);
      }
    } catch (IOException | RuntimeException ignored) {
      // not even a readable OLE2 file: fall through to CORRUPT
    }
    return new ExtractionException(
        Failure.CORRUPT, "the file is a legacy OLE2 document (such as .doc), not a DOCX", e);
  }

  /** Zip-bomb limits surface as IOExceptions, sometimes wrapped; everything else is damage. */
  private static ExtractionException failure(Exception e, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("Zip bomb detected")) {
        return new ExtractionException(
            Failure.TOO_LARGE, "the DOCX inflates beyond safe limits (zip bomb)", e);
      }
      if (message != null && message.contains("DOCTYPE is disallowed")) {
        return new ExtractionException(
            Failure.CORRUPT,
            "the DOCX declares a DOCTYPE, which Word never writes; refused unread (possible XXE)",
            e);
      }
    }
    return new ExtractionException(
        Failure.CORRUPT, what + ": " + firstLine(String.valueOf(e.getMessage())), e);
  }

  /**
   * commons-compress decodes zstd, xz or brotli zip entries only with optional codec libraries,
   * which keyfit deliberately does not ship; the missing class surfaces as NoClassDefFoundError.
   */
  static ExtractionException unsupportedCompression(NoClassDefFoundError e) {
    String missing = String.valueOf(e.getMessage());
    if (missing.contains("zstd") || missing.contains("tukaani") || missing.contains("brotli")) {
      return new ExtractionException(
          Failure.UNSUPPORTED,
          "the DOCX uses an unsupported zip compression method (" + missing + ")",
          e);
    }
    throw e;
  }

  static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
