package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorsTest {

  @TempDir Path dir;

  /** A text "parser" that throws what it is given, like a library bug on hostile input. */
  private record Throwing(Throwable thrown) implements Extractor {
    @Override
    public DocumentFormat format() {
      return DocumentFormat.TEXT;
    }

    @Override
    public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits) {
      sneakyThrow(thrown);
      throw new AssertionError();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
      throw (T) t;
    }
  }

  private ExtractionException failWith(Throwable thrown) throws IOException {
    Path file = Files.writeString(dir.resolve("cv.txt"), "Program manager");
    Extractors extractors = new Extractors(List.of(new Throwing(thrown)));
    return assertThrows(ExtractionException.class, () -> extractors.extract(file));
  }

  @Test
  void nullPointerExceptionIsCorruptParserError() throws IOException {
    ExtractionException e = failWith(new NullPointerException());
    assertEquals(Failure.CORRUPT, e.failure());
    assertEquals("parser error: NullPointerException", e.getMessage());
  }

  @Test
  void stackOverflowIsCorrupt() throws IOException {
    assertEquals(Failure.CORRUPT, failWith(new StackOverflowError()).failure());
  }

  @Test
  void noClassDefFoundIsUnsupported() throws IOException {
    ExtractionException e =
        failWith(new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream"));
    assertEquals(Failure.UNSUPPORTED, e.failure());
    assertTrue(e.getMessage().contains("NoClassDefFoundError"));
  }

  @Test
  void outOfMemoryIsOutOfMemory() throws IOException {
    assertEquals(
        Failure.OUT_OF_MEMORY, failWith(new OutOfMemoryError("Java heap space")).failure());
  }

  @Test
  void zipBombIsTooLarge() throws IOException {
    assertEquals(
        Failure.TOO_LARGE,
        failWith(new IOException("Zip bomb detected! The file would exceed")).failure());
  }

  @Test
  void ioExceptionIsCorruptWithOneLineMessage() throws IOException {
    ExtractionException e = failWith(new IOException("bad xref\nat offset 12\u0007"));
    assertEquals(Failure.CORRUPT, e.failure());
    assertEquals("damaged file: bad xref at offset 12", e.getMessage());
  }

  @Test
  void extractionExceptionPassesThroughUnchanged() throws IOException {
    ExtractionException original = new ExtractionException(Failure.ENCRYPTED, "locked");
    assertSame(original, failWith(original));
  }

  @Test
  void missingFileIsIoError() {
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> Extractors.standard().extract(dir.resolve("nope.pdf")));
    assertEquals(Failure.IO_ERROR, e.failure());
  }

  @Test
  void directoryIsIoErrorWithAClearMessage() {
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> Extractors.standard().extract(dir));
    assertEquals(Failure.IO_ERROR, e.failure());
    assertTrue(e.getMessage().contains("directory"));
  }

  @Test
  void zeroBytesIsEmpty() throws IOException {
    Path file = Files.write(dir.resolve("zero.pdf"), new byte[0]);
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> Extractors.standard().extract(file));
    assertEquals(Failure.EMPTY, e.failure());
  }

  @Test
  void fileOverTheSizeLimitIsTooLargeUnopened() throws IOException {
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () ->
                new Extractors(List.of(new Throwing(new AssertionError("opened"))))
                    .extract(file, new ExtractionLimits(1000, 30, 1000)));
    assertEquals(Failure.TOO_LARGE, e.failure());
  }

  @Test
  void formatWithoutExtractorIsUnsupported() throws IOException {
    Path file = Files.write(dir.resolve("cv.pdf"), FormatDetectorTest.docxLikeZip());
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> new Extractors(List.of()).extract(file));
    assertEquals(Failure.UNSUPPORTED, e.failure());
  }

  @Test
  void twoExtractorsForOneFormatAreRefused() {
    Extractor a = new PlainTextExtractor();
    assertThrows(IllegalArgumentException.class, () -> new Extractors(List.of(a, a)));
  }

  @Test
  void failingPdfsDoNotLeakFileHandles() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc");
    Path pdf = PdfFixtures.write(dir.resolve("full.pdf"), PdfFixtures.RESUME, PdfFixtures.RESUME);
    Path cut = PdfExtractorTest.truncate(pdf, dir.resolve("cut.pdf"));
    Extractors extractors = Extractors.standard();
    extractors.extract(pdf); // warm up: class loading opens jar files once
    assertThrows(ExtractionException.class, () -> extractors.extract(cut));
    long before = count(fds);
    for (int i = 0; i < 300; i++) {
      assertThrows(ExtractionException.class, () -> extractors.extract(cut));
    }
    long after = count(fds);
    assertTrue(after - before <= 20, "open file descriptors grew from " + before + " to " + after);
  }

  @Test
  void blankResultIsEmpty() throws IOException {
    Extractor blank =
        new Extractor() {
          @Override
          public DocumentFormat format() {
            return DocumentFormat.TEXT;
          }

          @Override
          public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits) {
            return new ExtractedDocument(
                "cv.txt", DocumentFormat.TEXT, "  ", LayoutSignals.ofText(""));
          }
        };
    Path file = Files.write(dir.resolve("cv.txt"), "x".getBytes(StandardCharsets.US_ASCII));
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> new Extractors(List.of(blank)).extract(file));
    assertEquals(Failure.EMPTY, e.failure());
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void parsersPrintNothingOnDamagedFiles() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("full.pdf"), PdfFixtures.RESUME);
    Path cut = PdfExtractorTest.truncate(pdf, dir.resolve("cut.pdf"));
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream capture = new java.io.PrintStream(captured, true, StandardCharsets.UTF_8);
    try {
      System.setOut(capture);
      System.setErr(capture);
      assertThrows(ExtractionException.class, () -> Extractors.standard().extract(cut));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  private static long count(Path fds) throws IOException {
    try (Stream<Path> s = Files.list(fds)) {
      return s.count();
    }
  }
}
