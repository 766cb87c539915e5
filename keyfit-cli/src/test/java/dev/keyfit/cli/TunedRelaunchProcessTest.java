package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TunedRelaunch} through real processes: a plain {@code java} start, real signals. */
class TunedRelaunchProcessTest {

  @TempDir Path dir;

  /**
   * Starts the command with SIGINT at its default action: a build run in the background of a
   * non-interactive shell ({@code mvn verify &}) inherits SIGINT ignored, and a JVM started so
   * never sees the signal these tests send.
   */
  private static final List<String> DEFAULT_SIGINT = List.of("env", "--default-signal=INT");

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /**
   * {@code java -cp PATHING_JAR MAIN ARGS}: the test class path through a manifest-only jar, as the
   * operating system reports no arguments for a command line as long as the full class path.
   */
  private List<String> plainJava(String main, String... args) throws IOException {
    Path jar = dir.resolve("classpath.jar");
    if (!Files.exists(jar)) {
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest
          .getMainAttributes()
          .put(
              Attributes.Name.CLASS_PATH,
              Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                  .map(entry -> Path.of(entry).toUri().toString())
                  .collect(Collectors.joining(" ")));
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
        out.flush();
      }
    }
    List<String> command = new ArrayList<>(List.of(JAVA, "-cp", jar.toString(), main));
    command.addAll(List.of(args));
    return command;
  }

  private Process start(List<String> command, String name) throws IOException {
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  private String read(String file) throws IOException {
    Path path = dir.resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }

  @Test
  void relaunchedScanPrintsWhatAnUnrelaunchedOnePrints() throws Exception {
    String sample = Path.of("samples", "tpm-resume.pdf").toString();
    Process tuned = start(plainJava(Main.class.getName(), "scan", sample), "tuned");
    List<String> plain = plainJava(Main.class.getName(), "scan", sample);
    plain.add(1, "-Dkeyfit.relaunch=false");
    Process untuned = start(plain, "plain");

    assertEquals(0, tuned.waitFor(), read("tuned.err"));
    assertEquals(0, untuned.waitFor(), read("plain.err"));
    assertTrue(read("tuned.out").contains("Best fit"), read("tuned.out"));
    assertEquals(read("plain.out"), read("tuned.out"));
  }

  @Test
  void relaunchedScanOfAMissingFileGivesTheOneLineErrorAndUsageExitCode() throws Exception {
    Process tuned = start(plainJava(Main.class.getName(), "scan", "no-such-resume.pdf"), "missing");

    assertEquals(ExitCodes.USAGE, tuned.waitFor());
    assertEquals(
        "keyfit: no-such-resume.pdf: no such file; check the path", read("missing.err").strip());
  }

  @Test
  void sigintToTheFirstJvmOnlyStopsTheRelaunchedOne() throws Exception {
    Path marker = dir.resolve("child.pid");
    List<String> command = plainJava(RelaunchHangMain.class.getName(), "scan", marker.toString());
    command.addAll(0, DEFAULT_SIGINT);
    Process parent = start(command, "int");
    try {
      ProcessHandle child = awaitChild(parent, marker);

      assertEquals(
          0, new ProcessBuilder("kill", "-INT", Long.toString(parent.pid())).start().waitFor());

      assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the first JVM ended after the signal");
      assertEquals(130, parent.exitValue(), read("int.err"));
      assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null && !child.isAlive());
      assertFalse(read("int.err").contains("Exception"), read("int.err"));
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void ctrlCToTheProcessGroupStopsBothJvms() throws Exception {
    Path marker = dir.resolve("child.pid");
    List<String> command = plainJava(RelaunchHangMain.class.getName(), "scan", marker.toString());
    command.add(0, "setsid"); // its own process group, as a shell gives a foreground job
    command.addAll(0, DEFAULT_SIGINT);
    Process parent = start(command, "group");
    try {
      ProcessHandle child = awaitChild(parent, marker);

      assertEquals(
          0, new ProcessBuilder("kill", "-INT", "--", "-" + parent.pid()).start().waitFor());

      assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the first JVM ended after Ctrl-C");
      assertEquals(130, parent.exitValue(), read("group.err"));
      assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null && !child.isAlive());
    } finally {
      parent.destroyForcibly();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"to the first JVM only, false", "to the process group (Ctrl-C), true"})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void sigintDuringARelaunchedBatchWritesTheRankingSoFarAndExits130(String to, boolean group)
      throws Exception {
    Path in = SignalBatchMain.stuckFolder(dir, 3);
    Path marker = dir.resolve("in-progress");
    Path csv = dir.resolve("ranking.csv");
    List<String> command = new ArrayList<>(DEFAULT_SIGINT);
    if (group) {
      command.add("setsid"); // its own process group, as a shell gives a foreground job
    }
    command.addAll(plainJava(SignalBatchMain.class.getName()));
    command.addAll(SignalBatchMain.batchArguments(in, csv));
    command.add("-q");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("batch.out").toFile())
            .redirectError(dir.resolve("batch.err").toFile());
    builder.environment().put("KEYFIT_TEST_RELAUNCH", "1");
    builder.environment().put("KEYFIT_TEST_MARKER", marker.toString());
    Process parent = builder.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!Files.exists(marker) && parent.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(Files.exists(marker), "the hanging file was reached: " + read("batch.err"));
      List<ProcessHandle> children = parent.toHandle().children().toList();
      assertEquals(1, children.size(), "one relaunched JVM: " + children);
      assertTrue(runsQuickCompilerOnly(children.get(0)), "with the quick compiler");
      String target = group ? "-" + parent.pid() : Long.toString(parent.pid());
      assertEquals(0, new ProcessBuilder("kill", "-INT", "--", target).start().waitFor());

      assertTrue(parent.waitFor(60, TimeUnit.SECONDS), "the first JVM ended after the signal");
      assertEquals(130, parent.exitValue(), read("batch.err"));
      assertTrue(children.get(0).onExit().get(30, TimeUnit.SECONDS) != null);
    } finally {
      parent.destroyForcibly();
    }
    assertFalse(read("batch.err").contains("\tat "), read("batch.err"));
    SignalBatchMain.assertRankingSoFar(csv, 3);
  }

  /** Waits for the relaunched JVM to write its pid, and checks it is the first JVM's child. */
  private static ProcessHandle awaitChild(Process parent, Path marker) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(marker) && Files.size(marker) > 0)
        && parent.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(Files.exists(marker), "the relaunched JVM started");
    long pid = Long.parseLong(Files.readString(marker).strip());
    Optional<ProcessHandle> child = ProcessHandle.of(pid);
    assertTrue(child.isPresent(), "the relaunched JVM runs");
    assertEquals(Optional.of(parent.pid()), child.get().parent().map(ProcessHandle::pid));
    assertTrue(runsQuickCompilerOnly(child.get()), "with the launcher's flags");
    return child.get();
  }

  private static boolean runsQuickCompilerOnly(ProcessHandle process) {
    return process
        .info()
        .arguments()
        .map(a -> List.of(a).contains("-XX:TieredStopAtLevel=1"))
        .orElse(false);
  }
}
