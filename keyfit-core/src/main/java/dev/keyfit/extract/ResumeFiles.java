package dev.keyfit.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one rule for "is this a resume file": its extension is one of a {@linkplain
 * DocumentFormat#readable() readable format}, or, whatever its name, the {@link FormatDetector}
 * that every extraction dispatches on says it is a format {@linkplain
 * DocumentFormat#recognisedByContent() recognised by content} (a renamed PDF, a PDF with junk
 * before its header, a DOCX without an extension). Text without a known extension is not taken: any
 * file is text. A batch walk, a Spark job's file filter and a server's upload check ask here.
 */
public final class ResumeFiles {
  private static final FormatDetector DETECTOR = new FormatDetector();

  private ResumeFiles() {}

  /** The lower-case extension of a file name, or "" when it has none. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether a file name has the extension of a readable format. */
  public static boolean hasResumeExtension(String name) {
    return DocumentFormat.fromExtension(extension(name)).isPresent();
  }

  /**
   * Whether a regular file is a resume candidate: by extension, else by content (the first bytes,
   * and a container's directory; links are not followed, nothing else is opened).
   */
  public static boolean isResume(Path file) {
    if (hasResumeExtension(String.valueOf(file.getFileName()))) {
      return true;
    }
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && isDocumentByContent(DocumentSource.of(file));
  }

  /** Whether a document, a file or bytes, is a resume candidate, as {@link #isResume(Path)}. */
  public static boolean isResume(DocumentSource source) {
    return hasResumeExtension(source.name()) || isDocumentByContent(source);
  }

  private static boolean isDocumentByContent(DocumentSource source) {
    try {
      return DETECTOR.detect(source).format().recognisedByContent();
    } catch (IOException | ExtractionException | RuntimeException e) {
      return false; // unreadable or damaged beyond detection: not taken as a resume
    }
  }
}
