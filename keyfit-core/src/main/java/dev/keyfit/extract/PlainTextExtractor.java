package dev.keyfit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain text, line by line as written (Markdown has its own reader, {@link
 * MarkdownExtractor}, which decodes bytes through this one). The encoding comes from a byte-order
 * mark, else strict UTF-8, else windows-1252 (what Notepad wrote for years), with a note when the
 * fallback was used. Stateless and thread-safe.
 */
final class PlainTextExtractor implements Extractor {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Override
  public DocumentFormat format() {
    return DocumentFormat.TEXT;
  }

  @Override
  public ExtractedDocument extract(DocumentSource source, ExtractionLimits limits)
      throws ExtractionException {
    byte[] bytes = readBounded(source, limits.maxFileBytes());
    if (bytes.length == 0) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty (0 bytes)");
    }
    List<String> notes = new ArrayList<>();
    String raw = decode(bytes, notes);
    // Cap the text before it is normalised, at twice the limit: room for the normaliser to cut
    // exactly (and say so), no work on the rest of a huge file.
    String capped =
        raw.length() > 2L * limits.maxChars() ? raw.substring(0, 2 * limits.maxChars()) : raw;
    String text = TextNormalizer.normalize(capped, limits.maxChars(), notes);
    LayoutSignals layout =
        new LayoutSignals(
            0,
            LayoutSignals.countWords(text),
            0,
            0,
            0,
            0,
            0,
            TextNormalizer.countUnusual(raw),
            notes);
    return new ExtractedDocument(source.name(), format(), text, layout);
  }

  /**
   * The whole content: bytes in memory as they are, a file read whole; either refused rather than
   * read past {@code maxBytes}.
   */
  static byte[] readBounded(DocumentSource source, long maxBytes) throws ExtractionException {
    Optional<byte[]> inMemory = source.bytes();
    if (inMemory.isPresent()) {
      if (inMemory.get().length > maxBytes) {
        throw new ExtractionException(Failure.TOO_LARGE, "the file is over " + maxBytes + " bytes");
      }
      return inMemory.get();
    }
    try (InputStream in = source.open()) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new ExtractionException(Failure.TOO_LARGE, "the file is over " + maxBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw Extractors.classify(e);
    }
  }

  /**
   * Decodes by BOM, strict UTF-8 or windows-1252.
   *
   * @throws ExtractionException {@link Failure#UNSUPPORTED} when over 1% of the bytes are NULs,
   *     which means a binary file or UTF-16 without a BOM
   */
  static String decode(byte[] b, List<String> notes) throws ExtractionException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    long nuls = 0;
    for (byte x : b) {
      if (x == 0) {
        nuls++;
      }
    }
    if (nuls * 100 > b.length) {
      throw new ExtractionException(
          Failure.UNSUPPORTED, "the file looks binary, not text (" + nuls + " NUL bytes)");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      notes.add("text is not UTF-8; read as windows-1252");
      return new String(b, WINDOWS_1252);
    }
  }
}
