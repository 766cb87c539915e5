package dev.keyfit.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Helpers shared by the Word extractors: input pre-checks and text normalisation.
 *
 * <p>The normalisation is a stand-in for the shared text normaliser; it is kept package-private so
 * it can be replaced without touching the public API.
 */
final class WordText {

  private WordText() {}

  /** Throws the failure a caller would expect before the file is opened: missing, empty, too big. */
  static void checkReadable(Path file, ExtractionLimits limits) throws ExtractionException {
    long size;
    try {
      size = Files.size(file);
    } catch (java.io.IOException e) {
      throw new ExtractionException(Failure.IO_ERROR, "cannot read " + file.getFileName() + ": " + e, e);
    }
    if (!Files.isReadable(file)) {
      throw new ExtractionException(Failure.IO_ERROR, "the file is not readable");
    }
    if (size == 0) {
      throw new ExtractionException(Failure.EMPTY, "the file is empty (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(
          Failure.TOO_LARGE,
          "the file has " + size + " bytes, over the limit of " + limits.maxFileBytes());
    }
  }

  /**
   * Normalises extracted text: NFC; CR LF, CR, vertical tab and form feed become {@code \n}; other
   * control characters (and the BOM) are removed except {@code \t}; trailing spaces are trimmed from
   * each line; three or more consecutive line breaks collapse to one blank line; leading and
   * trailing blank lines are dropped. Text longer than {@code maxChars} is cut and a note is added.
   */
  static String normalize(String raw, int maxChars, List<String> notes) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(Math.min(nfc.length(), maxChars + 16));
    int pendingBreaks = 0;
    StringBuilder line = new StringBuilder();
    boolean truncated = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r' && i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029') {
        pendingBreaks = flushLine(out, line, pendingBreaks) + 1;
      } else if (c == '\t' || !isStripped(c)) {
        line.append(c);
      }
      if (out.length() + line.length() > maxChars) {
        truncated = true;
        break;
      }
    }
    if (!truncated) {
      flushLine(out, line, pendingBreaks);
    } else {
      out.append(line);
      out.setLength(Math.min(out.length(), maxChars));
      if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
      notes.add(String.format(Locale.ROOT, "text truncated at %,d characters", maxChars));
    }
    return out.toString();
  }

  /** Appends {@code line} after up to two of the pending breaks; returns the breaks still pending. */
  private static int flushLine(StringBuilder out, StringBuilder line, int pendingBreaks) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      line.setLength(0);
      return pendingBreaks;
    }
    if (out.length() > 0) {
      out.append(pendingBreaks >= 2 ? "\n\n" : "\n");
    }
    out.append(line, 0, end);
    line.setLength(0);
    return 0;
  }

  private static boolean isStripped(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
  }
}
