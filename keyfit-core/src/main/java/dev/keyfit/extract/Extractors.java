package dev.keyfit.extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;

/**
 * The entry point of the extraction stage: checks the file, detects its format by content,
 * dispatches to the {@link Extractor} for that format, and turns everything a parser can throw into
 * an {@link ExtractionException} with a {@link Failure} and a one-line message.
 *
 * <p>Instances are immutable and thread-safe when their extractors are (the standard ones are).
 * Runaway parses are not stopped here; time limits belong to the caller (the batch runner).
 */
public final class Extractors {

  private static final int MAX_DETAIL_CHARS = 160;

  private final Map<DocumentFormat, Extractor> byFormat = new EnumMap<>(DocumentFormat.class);
  private final FormatDetector detector = new FormatDetector();

  /**
   * Composes the given extractors, one per format.
   *
   * @throws IllegalArgumentException when two extractors claim the same format
   */
  public Extractors(List<? extends Extractor> extractors) {
    for (Extractor e : extractors) {
      Extractor previous = byFormat.put(Objects.requireNonNull(e.format(), "format"), e);
      if (previous != null) {
        throw new IllegalArgumentException("two extractors for " + e.format());
      }
    }
  }

  /** The extractors keyfit ships with: one per {@linkplain DocumentFormat#readable() format}. */
  public static Extractors standard() {
    return new Extractors(
        DocumentFormat.readable().stream().flatMap(f -> f.newExtractor().stream()).toList());
  }

  /** The formats these extractors read. */
  java.util.Set<DocumentFormat> formats() {
    return java.util.Collections.unmodifiableSet(byFormat.keySet());
  }

  /** Extractors for the given formats (tests inject fakes here); as the constructor. */
  public static Extractors of(List<? extends Extractor> extractors) {
    return new Extractors(extractors);
  }

  /** {@link #extract(Path, ExtractionLimits)} with {@link ExtractionLimits#DEFAULT}. */
  public ExtractedDocument extract(Path file) throws ExtractionException {
    return extract(file, ExtractionLimits.DEFAULT);
  }

  /** Extracts the text of one file: {@link #extract(DocumentSource, ExtractionLimits)} on it. */
  public ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException {
    return extract(DocumentSource.of(Objects.requireNonNull(file, "file")), limits);
  }

  /**
   * Extracts the text of one document, a file or bytes in memory; bytes are read where they are,
   * never written to a temporary file.
   *
   * @return a document whose text is never blank, named by {@link DocumentSource#name()}
   * @throws ExtractionException for every reason the document cannot be read; no other exception or
   *     error escapes, whatever the parser throws (an {@link OutOfMemoryError} becomes {@link
   *     Failure#OUT_OF_MEMORY})
   */
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(limits, "limits");
    try {
      check(source, limits);
      Optional<Path> file = source.path();
      if (file.isPresent() && !roundTrips(file.get())) {
        return extractThroughLink(file.get(), limits);
      }
      FormatDetector.Detection detection = detector.detect(source);
      if (detection.encrypted()) {
        throw new ExtractionException(Failure.ENCRYPTED, "password-protected Office document");
      }
      Extractor extractor = byFormat.get(detection.format());
      if (extractor == null) {
        throw new ExtractionException(
            Failure.UNSUPPORTED, "unsupported format: " + detection.description());
      }
      ExtractedDocument doc = extractor.extract(source, limits);
      if (doc.text().isBlank()) {
        throw new ExtractionException(
            Failure.EMPTY, "no text found in the " + detection.description());
      }
      return withExtensionNote(source.name(), doc);
    } catch (Throwable t) {
      // parsers of hostile files throw anything, Errors included; one bad file must not end a batch
      throw classify(t);
    }
  }

  /**
   * Extracts through a link with a plain name when the file's name has no faithful string form
   * (bytes that are not valid in the locale's charset, or non-ASCII names in the C locale): the
   * parsers open files by {@code File}, which goes through the string and would miss the file.
   */
  private ExtractedDocument extractThroughLink(Path file, ExtractionLimits limits)
      throws ExtractionException, IOException {
    Path dir = Files.createTempDirectory("keyfit-name-");
    try {
      String name = String.valueOf(file.getFileName());
      String extension =
          name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      Path link =
          dir.resolve(extension.matches("[a-z]{1,8}") ? "document." + extension : "document");
      Files.createSymbolicLink(link, file.toAbsolutePath());
      try {
        ExtractedDocument doc = extract(link, limits);
        return new ExtractedDocument(
            name, doc.format(), doc.text(), doc.layout(), doc.headerFooterText(), doc.savedYear());
      } finally {
        Files.deleteIfExists(link);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  /** Whether a path's string form names the same file (the same bytes) as the path. */
  static boolean roundTrips(Path file) {
    try {
      return Path.of(file.toString()).equals(file);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * A note when the name says one document format and the content another (a DOCX saved as {@code
   * cv.pdf}): keyfit reads it by content, but a system that trusts the name may not.
   */
  static ExtractedDocument withExtensionNote(String fileName, ExtractedDocument doc) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    java.util.Optional<DocumentFormat> named = DocumentFormat.fromExtension(extension);
    if (named.isEmpty() || !named.get().recognisedByContent() || named.get() == doc.format()) {
      return doc;
    }
    LayoutSignals l = doc.layout();
    List<String> notes = new java.util.ArrayList<>(l.notes());
    notes.add(
        "the file is named ."
            + extension
            + " but is a "
            + doc.format().id().toUpperCase(java.util.Locale.ROOT)
            + "; keyfit read it by content, but an applicant tracking system that trusts the name may reject it");
    return new ExtractedDocument(
        doc.fileName(),
        doc.format(),
        doc.text(),
        new LayoutSignals(
            l.pages(),
            l.words(),
            l.images(),
            l.textlessPages(),
            l.multiColumnPages(),
            l.tables(),
            l.textBoxes(),
            l.unusualCharacters(),
            notes),
        doc.headerFooterText(),
        doc.savedYear());
  }

  /**
   * Fails the way a user expects before a document is opened: a file as {@link #checkFile}, bytes
   * when empty or over the size limit. Extractors called directly run the same checks.
   */
  static void check(DocumentSource source, ExtractionLimits limits) throws ExtractionException {
    Optional<Path> file = source.path();
    if (file.isPresent()) {
      checkFile(file.get(), limits);
    } else {
      checkSize(source.bytes().orElseThrow().length, limits);
    }
  }

  /**
   * Fails the way a user expects before a file is opened: missing, not a regular file, unreadable,
   * empty, or over the size limit. Extractors called directly run the same checks.
   */
  static void checkFile(Path file, ExtractionLimits limits) throws ExtractionException {
    long size;
    try {
      size = checkReadableFile(file);
    } catch (IOException e) {
      throw new ExtractionException(Failure.IO_ERROR, "cannot read the file: " + e.getMessage(), e);
    }
    checkSize(size, limits);
  }

  private static void checkSize(long size, ExtractionLimits limits) throws ExtractionException {
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(
          Failure.TOO_LARGE,
          "the file is " + size + " bytes, over the limit of " + limits.maxFileBytes());
    }
    if (size == 0) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty (0 bytes)");
    }
  }

  private static long checkReadableFile(Path file) throws IOException, ExtractionException {
    if (Files.isDirectory(file)) {
      throw new ExtractionException(Failure.IO_ERROR, "is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new ExtractionException(Failure.IO_ERROR, "no such file");
    }
    if (!Files.isRegularFile(file)) { // a symlink to a file is fine; the batch walker skips links
      throw new ExtractionException(Failure.IO_ERROR, "not a regular file (a device or pipe)");
    }
    if (!Files.isReadable(file)) {
      throw new ExtractionException(Failure.IO_ERROR, "permission denied");
    }
    return Files.size(file);
  }

  /**
   * Sorts anything thrown while reading a file into a {@link Failure}: the one classification the
   * extractors, a scan and a batch's per-file guard all use.
   */
  public static ExtractionException classify(Throwable t) {
    if (t instanceof ExtractionException e) {
      return e;
    }
    if (t instanceof UncheckedIOException u && u.getCause() != null) {
      return classify(u.getCause());
    }
    if (t instanceof OutOfMemoryError) {
      return new ExtractionException(Failure.OUT_OF_MEMORY, "ran out of memory while parsing", t);
    }
    if (t instanceof StackOverflowError) {
      return new ExtractionException(
          Failure.CORRUPT, "structure nested too deeply (StackOverflowError)", t);
    }
    if (t instanceof LinkageError) {
      // e.g. NoClassDefFoundError for a zstd-compressed zip entry: a codec we do not ship
      return new ExtractionException(
          Failure.UNSUPPORTED, "uses a feature this build cannot read (" + name(t) + ")", t);
    }
    String message = String.valueOf(t.getMessage());
    if (message.contains("Zip bomb detected") || message.contains("zip bomb")) {
      return new ExtractionException(Failure.TOO_LARGE, "expands to too much data (zip bomb)", t);
    }
    if (t instanceof InvalidPasswordException
        || t instanceof EncryptedDocumentException
        || message.contains("No security handler for filter")) {
      return new ExtractionException(Failure.ENCRYPTED, "password-protected document", t);
    }
    if (t instanceof EmptyFileException) {
      return new ExtractionException(Failure.EMPTY, "the file is empty", t);
    }
    if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
      return new ExtractionException(Failure.IO_ERROR, "no such file", t);
    }
    if (t instanceof AccessDeniedException) {
      return new ExtractionException(Failure.IO_ERROR, "permission denied", t);
    }
    if (t instanceof ClosedByInterruptException) {
      Thread.currentThread().interrupt(); // keep the interrupt for the caller's timeout logic
      return new ExtractionException(Failure.IO_ERROR, "reading was interrupted", t);
    }
    if (t instanceof FileSystemException) {
      return new ExtractionException(Failure.IO_ERROR, "could not read: " + detail(t), t);
    }
    if (t instanceof IOException) {
      return new ExtractionException(Failure.CORRUPT, "damaged file: " + detail(t), t);
    }
    return new ExtractionException(Failure.CORRUPT, "parser error: " + name(t), t);
  }

  private static String name(Throwable t) {
    return t.getClass().getSimpleName();
  }

  /** The exception's message as one short printable line; parser messages can quote file bytes. */
  private static String detail(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return name(t);
    }
    StringBuilder sb = new StringBuilder();
    m.codePoints()
        .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
        .limit(MAX_DETAIL_CHARS)
        .forEach(sb::appendCodePoint);
    String line = sb.toString().replaceAll(" {2,}", " ").strip();
    return m.length() > MAX_DETAIL_CHARS ? line + "…" : line;
  }
}
