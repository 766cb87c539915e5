package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.HostileFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ArgPathsTest {

  @TempDir Path dir;

  @Test
  void aPathBuiltFromBytesNamesTheFileWithThoseBytes() throws Exception {
    Path latin1 = Path.of(URI.create(dir.toUri() + "caf%E9.txt")); // not valid UTF-8
    Files.writeString(latin1, "x");
    byte[] bytes = (dir + "/caf").getBytes(StandardCharsets.UTF_8);
    byte[] raw = java.util.Arrays.copyOf(bytes, bytes.length + 5);
    System.arraycopy(new byte[] {(byte) 0xE9, '.', 't', 'x', 't'}, 0, raw, bytes.length, 5);
    assertEquals(latin1, ArgPaths.fromBytes(raw));
    assertTrue(Files.exists(ArgPaths.fromBytes(raw)));
  }

  @Test
  void anOrdinaryArgumentIsThePathAsGiven() {
    assertEquals(Path.of("cv.pdf"), ArgPaths.toPath("cv.pdf"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void scanReadsANonAsciiNameInTheCLocale() throws Exception {
    Path resume;
    try {
      resume = Files.writeString(dir.resolve("José.txt"), HostileFiles.RESUME);
    } catch (java.nio.file.InvalidPathException e) {
      Assumptions.abort("this JVM's locale cannot name José.txt");
      return;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "scan",
                    resume.toString(),
                    "-f",
                    "json"))
            .redirectError(dir.resolve("err").toFile())
            .redirectOutput(dir.resolve("out").toFile());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    assertTrue(p.waitFor(100, TimeUnit.SECONDS));
    String err = Files.readString(dir.resolve("err"));
    assertEquals(0, p.exitValue(), err);
    assertTrue(Files.readString(dir.resolve("out")).contains("\"schemaVersion\""), err);
  }
}
