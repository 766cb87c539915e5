package dev.keyfit.spark;

import dev.keyfit.batch.FolderWalker;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ResumeFiles;

/**
 * {@code keyfit batch}'s rule for which files are resumes, on the paths a Spark file listing gives:
 * hidden files and folders and Office lock files are skipped ({@link
 * FolderWalker#skipReasonByName}); a file is taken when {@link ResumeFiles} takes it: a readable
 * format's extension, or, whatever its name, content that the extraction's format detector says is
 * PDF, DOCX or DOC, so a renamed PDF is still read but images and archives are not.
 */
final class ResumeFileRule {

  private ResumeFileRule() {}

  /**
   * Why a file is skipped by its path alone, or null when its name makes it a resume candidate and
   * "" when its content must decide ({@link #isResumeByContent}).
   *
   * @param relative the path relative to the input folder, {@code /}-separated
   */
  static String skipReason(String relative) {
    String[] parts = relative.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return "hidden folder";
      }
    }
    String name = parts[parts.length - 1];
    String byName = FolderWalker.skipReasonByName(name);
    if (byName != null) {
      return byName;
    }
    return ResumeFiles.hasResumeExtension(name) ? null : "";
  }

  /** The reason for a file whose name and content both say it is not a resume. */
  static String notAResume(String relative) {
    return FolderWalker.notAResume(relative.substring(relative.lastIndexOf('/') + 1));
  }

  /** Whether a file without a resume extension is one by its content, as batch's walk decides. */
  static boolean isResumeByContent(String relative, byte[] content) {
    return ResumeFiles.isResume(DocumentSource.of(relative, content));
  }
}
