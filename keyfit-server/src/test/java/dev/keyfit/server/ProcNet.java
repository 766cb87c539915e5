package dev.keyfit.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * This process's TCP sockets, read from Linux's {@code /proc}: the inodes of the sockets among
 * {@code /proc/self/fd}, looked up in {@code /proc/net/tcp} and {@code tcp6}. Empty where there is
 * no {@code /proc}.
 */
final class ProcNet {

  private ProcNet() {}

  /** A socket: local and remote address (dotted or IPv6 text) and port, and its TCP state. */
  record Conn(String local, int localPort, String remote, int remotePort, String state) {}

  /** The addresses this process listens on at a port. */
  static List<String> listening(int port) throws IOException {
    List<String> out = new ArrayList<>();
    for (Conn c : mine()) {
      if (c.state().equals("0A") && c.localPort() == port) {
        out.add(c.local());
      }
    }
    return out;
  }

  /** This process's TCP sockets. */
  static List<Conn> mine() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return List.of();
    }
    Set<String> inodes = new HashSet<>();
    try (var list = Files.list(fds)) {
      for (Path fd : (Iterable<Path>) list::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    List<Conn> conns = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path p = Path.of(table);
      if (!Files.exists(p)) {
        continue;
      }
      List<String> lines = Files.readAllLines(p); // once: the table changes between two reads
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 9 && inodes.contains(f[9])) {
          String[] l = f[1].split(":");
          String[] r = f[2].split(":");
          conns.add(
              new Conn(
                  addr(l[0]),
                  Integer.parseInt(l[1], 16),
                  addr(r[0]),
                  Integer.parseInt(r[1], 16),
                  f[3]));
        }
      }
    }
    return conns;
  }

  /** /proc's hex address (little-endian words) as text. */
  static String addr(String hex) {
    byte[] b = new byte[hex.length() / 2];
    for (int w = 0; w < b.length / 4; w++) {
      for (int i = 0; i < 4; i++) {
        b[w * 4 + i] =
            (byte)
                Integer.parseInt(hex.substring(w * 8 + (3 - i) * 2, w * 8 + (3 - i) * 2 + 2), 16);
      }
    }
    try {
      java.net.InetAddress a = java.net.InetAddress.getByAddress(b);
      if (a instanceof java.net.Inet6Address && isMappedV4(b)) {
        return (b[12] & 255) + "." + (b[13] & 255) + "." + (b[14] & 255) + "." + (b[15] & 255);
      }
      return a.getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return hex;
    }
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  /** True for loopback, the unspecified address (no peer), and v4-mapped loopback. */
  static boolean local(String address) {
    return address.startsWith("127.")
        || address.equals("0.0.0.0")
        || address.equals("::1")
        || address.equals("0:0:0:0:0:0:0:1")
        || address.equals("::")
        || address.equals("0:0:0:0:0:0:0:0");
  }
}
