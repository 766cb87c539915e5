package dev.keyfit.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's format from its content, never from its name alone: a DOCX renamed {@code .pdf} is
 * a DOCX. Tries each {@link DocumentFormat}'s {@link Rule} on a {@link Probe} of the content, in
 * {@linkplain DocumentFormat#byPrecedence() precedence} order; the formats themselves say what they
 * look like. Reads at most the first {@value #HEAD_BYTES} bytes, except that ZIP and OLE2
 * containers are opened read-only (in place, for bytes in memory) to list their entries. Stateless
 * and thread-safe.
 */
final class FormatDetector {

  static final int HEAD_BYTES = 8 * 1024;

  /** PDF readers accept junk before the header; Acrobat looks within the first 1024 bytes. */
  private static final int PDF_HEADER_WINDOW = 1024;

  /**
   * What the content says the file is.
   *
   * @param format the format to dispatch on
   * @param encrypted true for a password-protected Office file (an OLE2 container holding an {@code
   *     EncryptedPackage}); {@code format} is then {@link DocumentFormat#DOCX} and the caller must
   *     report {@link Failure#ENCRYPTED} instead of parsing it
   * @param description what was found, in words, for messages, e.g. "RTF document"
   */
  record Detection(DocumentFormat format, boolean encrypted, String description) {
    static Detection of(DocumentFormat format, String description) {
      return new Detection(format, false, description);
    }
  }

  /** A test on a {@link Probe}; may read a container's directory. */
  @FunctionalInterface
  interface Test {
    boolean matches(Probe probe) throws IOException;
  }

  /**
   * How a format is recognised: by its content (a PDF header, a Word part), by being text named
   * with one of the format's extensions, or by being any text at all. Lower precedence is tried
   * first, so the content wins over the name and a named text format over plain text.
   */
  record Rule(int precedence, boolean byContent, Test test) {
    /** Text named with one of the format's extensions (Markdown); tried after content rules. */
    static final Rule TEXT_BY_NAME = new Rule(1, false, null);

    /** Any text (plain text): the last rule tried. */
    static final Rule ANY_TEXT = new Rule(2, false, Probe::text);

    /** Never matches ({@link DocumentFormat#UNKNOWN}). */
    static final Rule NONE = new Rule(3, false, p -> false);

    /** A format the content names, whatever the file is called. */
    static Rule content(Test test) {
      return new Rule(0, true, test);
    }

    boolean matches(Probe probe, DocumentFormat format) throws IOException {
      return test == null ? probe.text() && probe.namedAs(format) : test.matches(probe);
    }
  }

  /** Detects the format of a regular file, as {@link #detect(DocumentSource)}. */
  Detection detect(Path file) throws IOException, ExtractionException {
    return detect(DocumentSource.of(file));
  }

  /**
   * Detects the format of a file or of bytes in memory. Containers in memory are read where they
   * are: an OLE2 directory from the bytes, a ZIP's entry names from its central directory.
   *
   * @throws ExtractionException {@link Failure#EMPTY} for zero bytes
   * @throws IOException when the file cannot be read, or an OLE2 container is damaged
   */
  Detection detect(DocumentSource source) throws IOException, ExtractionException {
    Probe probe = new Probe(source);
    if (!probe.pdfHeader() && probe.ole2Entry(Decryptor.DEFAULT_POIFS_ENTRY)) {
      // a password-protected .docx/.xlsx is an OLE2 wrapper around an encrypted OOXML package
      return new Detection(DocumentFormat.DOCX, true, "password-protected Office document");
    }
    for (DocumentFormat format : DocumentFormat.byPrecedence()) {
      if (format.rule().matches(probe, format)) {
        return Detection.of(format, (probe.damaged ? "damaged " : "") + format.description());
      }
    }
    return Detection.of(DocumentFormat.UNKNOWN, probe.unknownKind());
  }

  /**
   * What the rules may ask of one document's content: its first bytes, and the directory of a ZIP
   * or OLE2 container, each read once when first asked for.
   */
  static final class Probe {
    private final DocumentSource source;
    private final byte[] head;
    private final FileMagic magic;
    private Set<String> ole2Entries;
    private List<String> zipEntries;
    private boolean unreadableZip;
    private boolean damaged;

    Probe(DocumentSource source) throws IOException, ExtractionException {
      this.source = source;
      this.head = source.head(HEAD_BYTES);
      if (head.length == 0) {
        throw new ExtractionException(Failure.EMPTY, "the file is empty (0 bytes)");
      }
      this.magic = FileMagic.valueOf(head);
    }

    /** A PDF header within the first 1024 bytes. */
    boolean pdfHeader() {
      return indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0;
    }

    /** An OLE2 container (a Word 97-2003 file, say) with this entry at its root. */
    boolean ole2Entry(String name) throws IOException {
      if (magic != FileMagic.OLE2) {
        return false;
      }
      if (ole2Entries == null) {
        try (POIFSFileSystem fs = openOle2(source)) {
          ole2Entries = Set.copyOf(fs.getRoot().getEntryNames());
        }
      }
      return ole2Entries.contains(name);
    }

    /**
     * An Office Open XML package with parts under {@code partPrefix} ({@code word/} for a DOCX). A
     * ZIP without a readable central directory (a truncated DOCX) counts when its first local
     * headers name the package's parts; the detection then says "damaged".
     */
    boolean officeOpenXml(String partPrefix) {
      if (!zip()) {
        return false;
      }
      List<String> names = zipEntries();
      if (names == null) {
        damaged =
            indexOf(head, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII), head.length)
                    >= 0
                || indexOf(head, partPrefix.getBytes(StandardCharsets.US_ASCII), head.length) >= 0;
        return damaged;
      }
      return names.contains("[Content_Types].xml")
          && names.stream().anyMatch(name -> name.startsWith(partPrefix));
    }

    /**
     * Text: no container or binary format people mistake for resumes (RTF and HTML count as binary
     * here), and bytes that decode as text.
     */
    boolean text() {
      return !pdfHeader()
          && magic != FileMagic.OLE2
          && !zip()
          && binaryKind(head) == null
          && looksLikeText(head);
    }

    /** Whether the document's name has one of the format's extensions. */
    boolean namedAs(DocumentFormat format) {
      return format.extensions().contains(ResumeFiles.extension(source.name()));
    }

    /** What a document no rule took is, in words: "PNG image", "ZIP archive that is …". */
    String unknownKind() {
      if (magic == FileMagic.OLE2) {
        return "Office document that is not a Word file";
      }
      if (zip()) {
        return zipEntries() == null
            ? "damaged ZIP archive"
            : "ZIP archive that is not a Word document";
      }
      String binary = binaryKind(head);
      return binary != null ? binary : "binary data";
    }

    private boolean zip() {
      return magic == FileMagic.OOXML || startsWith(head, 0, 'P', 'K', 5, 6);
    }

    /** The central directory's entry names, or null when it cannot be read; nothing inflated. */
    private List<String> zipEntries() {
      if (zipEntries == null) {
        try {
          zipEntries = new ArrayList<>(zipEntrySizes(source).keySet());
        } catch (IOException | RuntimeException e) {
          zipEntries = List.of();
          unreadableZip = true;
        }
      }
      return unreadableZip ? null : zipEntries;
    }
  }

  /** An OLE2 container read-only: a file in place, bytes from memory. */
  static POIFSFileSystem openOle2(DocumentSource source) throws IOException {
    Optional<Path> file = source.path();
    return file.isPresent()
        ? new POIFSFileSystem(file.get().toFile(), true)
        : new POIFSFileSystem(source.open());
  }

  /**
   * The entries of a ZIP's central directory with their declared uncompressed sizes (-1 when not
   * declared), in directory order, of a file or of bytes in memory; nothing is inflated.
   */
  static java.util.LinkedHashMap<String, Long> zipEntrySizes(DocumentSource source)
      throws IOException {
    java.util.LinkedHashMap<String, Long> sizes = new java.util.LinkedHashMap<>();
    Optional<Path> file = source.path();
    if (file.isPresent()) {
      try (ZipFile zip = new ZipFile(file.get().toFile())) {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          ZipEntry entry = e.nextElement();
          sizes.putIfAbsent(entry.getName(), entry.getSize());
        }
      }
      return sizes;
    }
    try (SeekableInMemoryByteChannel channel =
            new SeekableInMemoryByteChannel(source.bytes().orElseThrow());
        org.apache.commons.compress.archivers.zip.ZipFile zip =
            org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(channel)
                .get()) {
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        sizes.putIfAbsent(entry.getName(), entry.getSize());
      }
    }
    return sizes;
  }

  /** Names binary formats people mistake for resumes, or returns null. */
  private static String binaryKind(byte[] h) {
    if (startsWith(h, 0, 0x89, 'P', 'N', 'G')) return "PNG image";
    if (startsWith(h, 0, 0xFF, 0xD8, 0xFF)) return "JPEG image";
    if (startsWith(h, 0, 'G', 'I', 'F', '8')) return "GIF image";
    if (startsWith(h, 0, 'I', 'I', '*', 0) || startsWith(h, 0, 'M', 'M', 0, '*'))
      return "TIFF image";
    if (startsWith(h, 0, 'R', 'I', 'F', 'F') && startsWith(h, 8, 'W', 'E', 'B', 'P'))
      return "WebP image";
    if (startsWith(h, 0, 0x7F, 'E', 'L', 'F')) return "executable program";
    if (startsWith(h, 0, 'M', 'Z') && h.length > 64 && indexOf(h, new byte[] {0}, 64) >= 0) {
      return "executable program";
    }
    if (startsWith(h, 0, 0x1F, 0x8B)) return "gzip archive";
    if (startsWith(h, 0, '7', 'z', 0xBC, 0xAF)) return "7-Zip archive";
    if (startsWith(h, 0, 'R', 'a', 'r', '!')) return "RAR archive";
    String start =
        new String(h, 0, Math.min(h.length, 512), StandardCharsets.ISO_8859_1)
            .replace("\uFEFF", "")
            .replace("ï»¿", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("{\\rtf")) return "RTF document";
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "HTML page";
    if (start.startsWith("<?xml") && start.contains("<w:worddocument"))
      return "Word 2003 XML document";
    if (start.startsWith("<?xml") && start.contains("html")) return "HTML page";
    return null;
  }

  /**
   * True for a byte-order mark, valid UTF-8, or windows-1252 with under 1% NULs and few other
   * control bytes. The head may end inside a UTF-8 sequence, so an incomplete tail is accepted.
   */
  static boolean looksLikeText(byte[] h) {
    if (startsWith(h, 0, 0xEF, 0xBB, 0xBF)
        || startsWith(h, 0, 0xFE, 0xFF)
        || startsWith(h, 0, 0xFF, 0xFE)) {
      return true;
    }
    int nul = 0;
    int control = 0;
    for (byte b : h) {
      int u = b & 0xFF;
      if (u == 0) {
        nul++;
      } else if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f') || u == 0x7F) {
        control++;
      }
    }
    if (nul * 100 > h.length || control * 50 > h.length) {
      return false;
    }
    return isUtf8(h) || isWindows1252(h);
  }

  private static boolean isUtf8(byte[] h) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(h), CharBuffer.allocate(h.length), h.length < HEAD_BYTES);
    return !result.isError();
  }

  /** Windows-1252 leaves five bytes undefined; real text in that encoding never uses them. */
  private static boolean isWindows1252(byte[] h) {
    for (byte b : h) {
      int u = b & 0xFF;
      if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] h, int offset, int... expected) {
    if (h.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((h[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] h, byte[] needle, int window) {
    int last = Math.min(h.length, window) - needle.length;
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (h[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
