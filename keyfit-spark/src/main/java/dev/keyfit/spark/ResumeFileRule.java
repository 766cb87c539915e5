package dev.keyfit.spark;

import dev.keyfit.batch.FolderWalker;

/**
 * {@code keyfit batch}'s rule for which files are resumes ({@link FolderWalker}), on the paths a
 * Spark file listing gives: hidden files and folders and Office lock files are skipped; a file is
 * taken when its extension is one keyfit reads ({@link FolderWalker#RESUME_EXTENSIONS}), or,
 * whatever its name, when its first bytes say PDF or OLE2 (Word 97), so a renamed PDF is still read
 * but images and archives are not.
 */
final class ResumeFileRule {

  /** How many bytes {@link #looksLikeDocument} needs. */
  static final int HEAD = 8;

  private ResumeFileRule() {}

  /**
   * Why a file is skipped by its path alone, or null when its name makes it a resume candidate and
   * "" when its first bytes must decide ({@link #looksLikeDocument}).
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
    if (name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"))) {
      return "office lock file";
    }
    if (name.startsWith(".")) {
      return "hidden file";
    }
    return FolderWalker.RESUME_EXTENSIONS.contains(FolderWalker.extension(name)) ? null : "";
  }

  /** The reason for a file whose name and first bytes both say it is not a resume. */
  static String notAResume(String relative) {
    String ext = FolderWalker.extension(relative.substring(relative.lastIndexOf('/') + 1));
    return "not a resume (." + (ext.isEmpty() ? "no extension" : ext) + ")";
  }

  /** PDF ({@code %PDF-}) or OLE2 magic in the first bytes, as the batch's folder walk checks. */
  static boolean looksLikeDocument(byte[] head) {
    int n = head.length;
    boolean pdf =
        n >= 5
            && head[0] == '%'
            && head[1] == 'P'
            && head[2] == 'D'
            && head[3] == 'F'
            && head[4] == '-';
    boolean ole2 =
        n >= 8
            && (head[0] & 0xff) == 0xD0
            && (head[1] & 0xff) == 0xCF
            && (head[2] & 0xff) == 0x11
            && (head[3] & 0xff) == 0xE0;
    return pdf || ole2;
  }
}
