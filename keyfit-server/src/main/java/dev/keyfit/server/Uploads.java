package dev.keyfit.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading an upload request: its size checked before anything is parsed, its parts through
 * Javalin's (Jetty's) multipart handling, each part read up to the per-file cap.
 */
final class Uploads {

  private Uploads() {}

  /** The upload's parts by field name; refused before parsing when the request is too large. */
  static Map<String, List<UploadedFile>> parts(Context ctx, ServerSettings settings) {
    long length = ctx.req().getContentLengthLong();
    if (length > settings.maxUploadBytes()) {
      throw Refusal.tooLarge(
          "the upload is "
              + mib(length)
              + ", over the limit of "
              + mib(settings.maxUploadBytes())
              + " for one upload; send fewer files at once (or restart keyfit serve with a higher"
              + " --max-upload)");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw Refusal.badRequest("send the files as a form upload (multipart/form-data)");
    }
    try {
      return ctx.uploadedFileMap();
    } catch (Exception e) { // Jetty's ServletException, thrown through Kotlin unchecked
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).matches(".*(size|exceed|large).*")
          || e.getCause() != null
              && String.valueOf(e.getCause().getMessage())
                  .toLowerCase(Locale.ROOT)
                  .matches(".*(size|exceed|large).*")) {
        throw Refusal.tooLarge(
            "a file is over the limit of "
                + mib(settings.limits().maxFileBytes())
                + " (or the upload over "
                + mib(settings.maxUploadBytes())
                + "); check the file, or restart keyfit serve with a higher --max-file-size");
      }
      throw Refusal.badRequest("the upload could not be read; choose the files again and retry");
    }
  }

  /** The one file of a field, or null. */
  static UploadedFile one(Map<String, List<UploadedFile>> parts, String field) {
    List<UploadedFile> files = parts.getOrDefault(field, List.of());
    return files.isEmpty() ? null : files.get(0);
  }

  /** A part's bytes, refused (TOO_LARGE) past the per-file cap without reading further. */
  static byte[] bytes(UploadedFile file, ServerSettings settings) throws IOException {
    long cap = settings.limits().maxFileBytes();
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
      if (bytes.length > cap) {
        throw Refusal.tooLarge(
            name(file)
                + ": TOO_LARGE: the file is over the limit of "
                + mib(cap)
                + "; not opened. Check the file, or restart keyfit serve with a higher"
                + " --max-file-size");
      }
      return bytes;
    }
  }

  /** The part's file name as the browser sent it (a relative path for a folder), never blank. */
  static String name(UploadedFile file) {
    String name = file.filename();
    return name == null || name.isBlank() ? "upload" : name;
  }

  static String mib(long bytes) {
    return bytes >= 1 << 20
        ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0).replace(".0 ", " ")
        : bytes + " bytes";
  }
}
