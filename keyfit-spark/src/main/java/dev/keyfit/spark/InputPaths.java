package dev.keyfit.spark;

import java.net.URI;
import org.apache.hadoop.fs.Path;

/**
 * Paths relative to the input root, as {@code keyfit batch} prints them ({@code a/cv.pdf}), from
 * the qualified URIs a Spark file listing gives ({@code file:/data/in/a/cv.pdf}, {@code
 * hdfs://nn/in/a/cv.pdf}).
 */
final class InputPaths {

  private InputPaths() {}

  /**
   * The folder a folder or glob input names: the input itself, or the part of a glob before its
   * first component with a glob character ({@code s3a://b/in/2026-*}/ → {@code s3a://b/in}).
   */
  static String root(String input) {
    String[] parts = input.split("/", -1);
    StringBuilder root = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].matches(".*[*?\\[{].*")) {
        break;
      }
      if (i > 0) {
        root.append('/');
      }
      root.append(parts[i]);
    }
    String r = root.toString();
    while (r.endsWith("/") && r.length() > 1) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }

  /**
   * The path of a listed file relative to the root, {@code /}-separated; the file's own path when
   * it is not under the root (a glob that reaches elsewhere).
   *
   * @param rootPath the root's path part, qualified ({@link #pathPart})
   */
  static String relative(String rootPath, String file) {
    String path = pathPart(file);
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  /**
   * The decoded path part of a file URI or Hadoop path ({@code file:/a%20b/c} → {@code /a b/c}).
   */
  static String pathPart(String file) {
    URI uri = new Path(file).toUri();
    return uri.getPath();
  }
}
