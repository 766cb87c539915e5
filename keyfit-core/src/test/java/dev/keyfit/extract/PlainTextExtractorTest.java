package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextExtractorTest {

  @TempDir Path dir;
  private final Extractors extractors = Extractors.standard();

  private ExtractedDocument extract(String name, byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    return extractors.extract(file);
  }

  @Test
  void utf8TextIsRead() throws Exception {
    ExtractedDocument doc =
        extract("cv.txt", "Résumé – café\nAgile coach".getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentFormat.TEXT, doc.format());
    assertEquals("Résumé – café\nAgile coach", doc.text());
    assertEquals(5, doc.layout().words());
    assertTrue(doc.layout().notes().isEmpty());
  }

  @Test
  void utf16WithByteOrderMarkIsRead() throws Exception {
    byte[] le =
        bom(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "Résumé – café".getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        bom(
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            "Résumé – café".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Résumé – café", extract("le.txt", le).text());
    assertEquals("Résumé – café", extract("be.txt", be).text());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] bytes =
        bom(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "Scrum".getBytes(StandardCharsets.UTF_8));
    assertEquals("Scrum", extract("bom.txt", bytes).text());
  }

  @Test
  void windows1252FallsBackWithANote() throws Exception {
    byte[] bytes = "Résumé – café".getBytes(Charset.forName("windows-1252"));
    ExtractedDocument doc = extract("old.txt", bytes);
    assertEquals("Résumé – café", doc.text());
    assertTrue(doc.layout().notes().get(0).contains("windows-1252"));
  }

  @Test
  void binaryWithNulsIsUnsupported() throws IOException {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0 : 'a' + i % 26);
    }
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> extract("bin.txt", bytes));
    assertEquals(Failure.UNSUPPORTED, e.failure());
  }

  @Test
  void plainTextExtractorRefusesNulsItself() {
    byte[] bytes = "a\0b\0c\0".getBytes(StandardCharsets.ISO_8859_1);
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> PlainTextExtractor.decode(bytes, new java.util.ArrayList<>()));
    assertEquals(Failure.UNSUPPORTED, e.failure());
  }

  @Test
  void whitespaceOnlyTextIsEmpty() throws IOException {
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> extract("blank.txt", " \n\t\n ".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Failure.EMPTY, e.failure());
  }

  @Test
  void longTextIsCutAtTheLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("long.txt"), "word ".repeat(1000));
    ExtractedDocument doc = extractors.extract(file, new ExtractionLimits(1 << 20, 30, 100));
    assertTrue(doc.text().length() <= 100);
    assertTrue(doc.layout().notes().stream().anyMatch(n -> n.contains("cut at 100")));
  }

  private static byte[] bom(byte[] bom, byte[] body) {
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void markdownMarksInATextFileAreLeftAsWritten() throws Exception {
    ExtractedDocument doc =
        extract("notes.txt", "# Summary\n**Led** 4 teams\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentFormat.TEXT, doc.format());
    assertEquals("# Summary\n**Led** 4 teams", doc.text());
  }
}
