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
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown. The encoding comes from a byte-order mark, else strict UTF-8, else
 * windows-1252 (what Notepad wrote for years), with a note when the fallback was used. Markdown
 * heading marks and bold markers are removed so headings read as plain lines; list markers ({@code
 * -}, {@code *}) are kept because they are bullet signals. Stateless and thread-safe.
 */
final class PlainTextExtractor implements Extractor {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern HEADING_MARK = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+");

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
    // Cap the text before any pattern runs over it: the marks stripped below can only shorten it,
    // so
    // twice the cap still leaves the normaliser enough to cut exactly (and say so).
    String capped =
        raw.length() > 2L * limits.maxChars() ? raw.substring(0, 2 * limits.maxChars()) : raw;
    String text = TextNormalizer.normalize(stripMarkdown(capped), limits.maxChars(), notes);
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

  /** Removes the Markdown marks that would otherwise show up as words or noise. */
  static String stripMarkdown(String text) {
    String s = HEADING_MARK.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    for (int nl = s.indexOf('\n'); ; nl = s.indexOf('\n', start)) {
      int end = nl < 0 ? s.length() : nl;
      unbold(s.substring(start, end), out);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      start = nl + 1;
    }
    return out.toString();
  }

  /**
   * Drops the {@code **} and {@code __} around bold text on one line, as the pattern {@code
   * (\*\*|__)(?=\S)(.+?)(?<=\S)\1} would, in one forward pass: an opener is followed by a
   * non-space, its closer is the next same marker preceded by one; when an opener finds no closer,
   * no later opener of that kind can, so that kind is not searched again (linear, whatever the
   * line).
   */
  static void unbold(String line, StringBuilder out) {
    boolean[] exhausted = new boolean[2]; // "**", "__"
    int i = 0;
    while (i < line.length()) {
      int kind = line.startsWith("**", i) ? 0 : line.startsWith("__", i) ? 1 : -1;
      if (kind < 0
          || exhausted[kind]
          || i + 2 >= line.length()
          || Character.isWhitespace(line.charAt(i + 2))) {
        out.append(line.charAt(i));
        i++;
        continue;
      }
      String marker = kind == 0 ? "**" : "__";
      int close = line.indexOf(marker, i + 3);
      while (close > 0 && Character.isWhitespace(line.charAt(close - 1))) {
        close = line.indexOf(marker, close + 1);
      }
      if (close < 0) {
        exhausted[kind] = true;
        out.append(line.charAt(i));
        i++;
        continue;
      }
      out.append(line, i + 2, close);
      i = close + 2;
    }
  }
}
