package dev.keyfit.extract;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDFs with PDFBox, page by page, two-column pages column by column.
 *
 * <p>Contracts: the file is opened read-only and closed whatever happens (never through {@code
 * Loader.loadPDF(File)}, which leaks the descriptor when parsing throws); one damaged page loses
 * that page only; owner-password PDFs (restrictions only) are read, with a note; user-password PDFs
 * fail as {@link Failure#ENCRYPTED}; scanned PDFs fail as {@link Failure#NEEDS_OCR} rather than
 * passing as an empty resume. Unchecked parser exceptions are left to the caller's guard. Stateless
 * and thread-safe: every call makes its own strippers.
 */
final class PdfExtractor implements Extractor {

  /** A page with this few non-blank characters has no real text layer. */
  static final int TEXTLESS_PAGE_CHARS = 10;

  /** Form XObjects can nest, and hostile files make them cyclic. */
  private static final int MAX_FORM_DEPTH = 8;

  @Override
  public DocumentFormat format() {
    return DocumentFormat.PDF;
  }

  @Override
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    try (RandomAccessRead input = open(source);
        PDDocument doc = Loader.loadPDF(input, "", IOUtils.createTempFileOnlyStreamCache())) {
      return extract(doc, source.name(), limits);
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(Failure.ENCRYPTED, "password-protected PDF", e);
    } catch (IOException e) {
      throw Extractors.classify(e);
    }
  }

  /** A file through a buffered reader, bytes in memory where they are. */
  private static RandomAccessRead open(DocumentSource source) throws IOException {
    Optional<Path> file = source.path();
    return file.isPresent()
        ? new RandomAccessReadBufferedFile(file.get())
        : new RandomAccessReadBuffer(source.bytes().orElseThrow());
  }

  private ExtractedDocument extract(PDDocument doc, String fileName, ExtractionLimits limits)
      throws IOException, ExtractionException {
    List<String> notes = new ArrayList<>();
    if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
      notes.add("PDF permissions restrict text extraction; the text was read anyway");
    }
    int total = doc.getNumberOfPages();
    int pages = Math.min(total, limits.maxPages());
    if (total > pages) {
      notes.add("only the first " + pages + " of " + total + " pages were read");
    }
    GlyphStripper stripper = new GlyphStripper();
    StringBuilder raw = new StringBuilder();
    int images = 0;
    int textless = 0;
    int textlessWithImages = 0;
    int multiColumn = 0;
    int failed = 0;
    for (int p = 1; p <= pages; p++) {
      String pageText;
      int pageImages = 0;
      try {
        PDPage page = doc.getPage(p - 1);
        pageImages = countImages(page.getResources(), 0, new HashSet<>());
        stripper.glyphs.clear();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pageText = stripper.getText(doc);
        Optional<PdfColumns.Split> split = PdfColumns.find(stripper.glyphs);
        if (split.isPresent()) {
          pageText = readColumns(page, split.get());
          multiColumn++;
        }
      } catch (IOException | RuntimeException e) {
        // the rest of the document is often fine; say which page was lost, keep going
        failed++;
        notes.add("page " + p + " could not be read (" + e.getClass().getSimpleName() + ")");
        continue;
      }
      images += pageImages;
      if (nonBlankChars(pageText) <= TEXTLESS_PAGE_CHARS) {
        textless++;
        textlessWithImages += pageImages > 0 ? 1 : 0;
      }
      raw.append(PdfWordGaps.rejoinHyphenated(pageText)).append("\n\n");
      if (raw.length() > 4L * limits.maxChars()) {
        notes.add("stopped after page " + p + ": the text limit was reached");
        break;
      }
    }
    if (pages > 0 && failed == pages) {
      throw new ExtractionException(Failure.CORRUPT, "no page of the PDF could be read");
    }
    checkHasText(raw, pages - failed, textless, textlessWithImages, images);
    if (textless > 0) {
      notes.add(textless + " of " + pages + " pages have no text layer");
    }
    String text = TextNormalizer.normalize(raw.toString(), limits.maxChars(), notes);
    LayoutSignals layout =
        new LayoutSignals(
            total,
            LayoutSignals.countWords(text),
            images,
            textless,
            multiColumn,
            0,
            0,
            TextNormalizer.countUnusual(raw.toString()),
            notes);
    return new ExtractedDocument(
        fileName, format(), text, layout, "", SavedYear.of(doc.getDocumentInformation()));
  }

  /** Scanned resumes must be reported as such, not as resumes without keywords. */
  private static void checkHasText(
      CharSequence raw, int readPages, int textless, int textlessWithImages, int images)
      throws ExtractionException {
    if (nonBlankChars(raw) == 0) {
      throw images > 0
          ? new ExtractionException(Failure.NEEDS_OCR, "the PDF holds only images, no text layer")
          : new ExtractionException(Failure.EMPTY, "the PDF has no text");
    }
    if (readPages > 0 && textless * 2 >= readPages && textlessWithImages > 0) {
      throw new ExtractionException(
          Failure.NEEDS_OCR,
          textless + " of " + readPages + " pages are images without a text layer");
    }
  }

  /** Reads header, left column, right column, footer, in that order. */
  private static String readColumns(PDPage page, PdfColumns.Split split) throws IOException {
    float far = 1e6f;
    float top = Math.max(split.bodyTop(), -far);
    float bottom = Math.min(split.bodyBottom(), far);
    PDFTextStripperByArea areas = new AreaStripper();
    // within one column, position order is right: it keeps a right-aligned date on its line
    areas.setSortByPosition(true);
    areas.addRegion("1-header", new Rectangle2D.Float(-far, -far, 2 * far, top + far));
    areas.addRegion(
        "2-left", new Rectangle2D.Float(-far, top, far + split.gutterX(), bottom - top));
    areas.addRegion("3-right", new Rectangle2D.Float(split.gutterX(), top, far, bottom - top));
    areas.addRegion("4-footer", new Rectangle2D.Float(-far, bottom, 2 * far, far));
    areas.extractRegions(page);
    StringBuilder sb = new StringBuilder();
    for (String region : List.of("1-header", "2-left", "3-right", "4-footer")) {
      sb.append(areas.getTextForRegion(region)).append("\n\n");
    }
    return sb.toString();
  }

  /** Counts image XObjects, looking inside form XObjects up to a depth, each form once. */
  private static int countImages(PDResources resources, int depth, Set<Object> seen) {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return 0;
    }
    int count = 0;
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject) {
          count++;
        } else if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
          count += countImages(form.getResources(), depth + 1, seen);
        }
      } catch (IOException | RuntimeException e) {
        // a broken XObject is not worth losing the page for; it just is not counted
      }
    }
    return count;
  }

  private static int nonBlankChars(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  /**
   * A plain-order stripper that also records where each glyph sits, for column detection. It drops
   * text drawn twice over itself with {@link DuplicateGlyphs} instead of PDFBox's own check (same
   * result, cheaper), which PDFBox skips inside marked content with an /ActualText: that state is
   * followed here as PDFBox follows it.
   */
  private static final class GlyphStripper extends PDFTextStripper {
    private static final Object NO_ACTUAL_TEXT = new Object();

    final List<PdfColumns.Glyph> glyphs = new ArrayList<>();
    private final DuplicateGlyphs duplicates = new DuplicateGlyphs();
    private final Deque<Object> markedContents = new ArrayDeque<>();
    private boolean inActualText;

    GlyphStripper() {
      // content-stream order: sorting by position interleaves the lines of two columns
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      duplicates.clear();
      super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      super.beginMarkedContentSequence(tag, properties);
      String actual = PDMarkedContent.create(tag, properties).getActualText();
      markedContents.push(actual == null ? NO_ACTUAL_TEXT : actual);
      inActualText = actual != null;
    }

    @Override
    public void endMarkedContentSequence() {
      Object top = markedContents.peek();
      if (top != null) {
        if (top != NO_ACTUAL_TEXT) {
          inActualText = false;
        }
        markedContents.pop();
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      super.writeString(PdfWordGaps.separate(text, positions), positions);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (inActualText || !duplicates.seen(text)) {
        super.processTextPosition(text);
      }
      String unicode = text.getUnicode();
      if (unicode != null && !unicode.isBlank()) {
        float x = text.getX();
        glyphs.add(new PdfColumns.Glyph(x, x + Math.max(text.getWidth(), 0.5f), text.getY()));
      }
    }
  }

  /** Reads regions of a page, with the same word gaps as the plain stripper. */
  private static final class AreaStripper extends PDFTextStripperByArea {
    AreaStripper() throws IOException {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      super.writeString(PdfWordGaps.separate(text, positions), positions);
    }
  }
}
