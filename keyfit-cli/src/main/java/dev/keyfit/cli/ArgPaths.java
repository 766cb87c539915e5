package dev.keyfit.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths given on the command line, by their bytes. The JVM decodes arguments with the locale's
 * charset, so in the C locale {@code scan José.pdf} arrives as {@code Jos??.pdf} (and a name that
 * is not valid UTF-8 is damaged in any locale); then the argument's bytes are read back from {@code
 * /proc/self/cmdline} and the path is built from them through a {@code file:} URI, which keeps
 * bytes exactly. Elsewhere, or when the bytes cannot be found, the argument is used as given.
 */
final class ArgPaths {

  private ArgPaths() {}

  /** The picocli converter for {@link Path} options and parameters. */
  static Path toPath(String arg) {
    if (arg.indexOf('\uFFFD') < 0) {
      try {
        return Path.of(arg);
      } catch (InvalidPathException e) {
        // fall through: the argument's bytes may still be found
      }
    }
    byte[] raw = rawArgument(arg);
    return raw == null ? Path.of(arg) : fromBytes(raw);
  }

  /** The path with exactly these bytes (relative ones against the working folder). */
  static Path fromBytes(byte[] raw) {
    StringBuilder uri = new StringBuilder();
    if (raw.length == 0 || raw[0] != '/') {
      uri.append(Path.of("").toAbsolutePath().toUri().toString()); // ends with '/'
    } else {
      uri.append("file://");
    }
    for (byte b : raw) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return Path.of(URI.create(uri.toString()));
  }

  /** The one command-line argument whose bytes decode to {@code arg}, or null. */
  private static byte[] rawArgument(String arg) {
    List<byte[]> args;
    try {
      args = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Charset jnu = charset();
    byte[] found = null;
    for (byte[] candidate : args) {
      if (lossy(new String(candidate, jnu)).equals(lossy(arg))) {
        if (found != null && !java.util.Arrays.equals(found, candidate)) {
          return null; // ambiguous
        }
        found = candidate;
      }
    }
    return found;
  }

  /** Every character a lossy decoding may have replaced, as '?'. */
  private static String lossy(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.append(c >= 0x80 || c == '?' ? "?" : Character.toString(c)));
    return b.toString().replaceAll("\\?+", "?");
  }

  private static Charset charset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static List<byte[]> split(byte[] cmdline) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= cmdline.length; i++) {
      if (i == cmdline.length || cmdline[i] == 0) {
        if (i > start) {
          out.add(java.util.Arrays.copyOfRange(cmdline, start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
