package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedRelaunchTest {

  @TempDir Path dir;

  /** A child's command line: the java binary, the flags, no relaunch, then the rest. */
  private static List<String> child(List<String> flags, String... rest) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-Dkeyfit.relaunch=false");
    command.addAll(List.of(rest));
    return command;
  }

  private static List<String> child(String... rest) {
    return child(TunedRelaunch.SINGLE_FILE_FLAGS, rest);
  }

  @Test
  void singleFileCommandsGetTheQuickCompilerAndAYoungGenerationForAScan() {
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Xmn256m"), TunedRelaunch.SINGLE_FILE_FLAGS);
    assertEquals(
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), TunedRelaunch.SMALL_BATCH_FLAGS);
    assertEquals(4000, TunedRelaunch.BATCH_QUICK_LIMIT);
  }

  @Test
  void theLauncherScriptTakesEveryFlagFromLaunchProperties() throws IOException {
    String script = Files.readString(Path.of("keyfit-cli/src/main/dist/keyfit"));
    for (String token :
        List.of("@single.file.flags@", "@small.batch.flags@", "@small.batch.limit@")) {
      assertTrue(script.contains(token), token);
    }
    String code =
        script.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    for (String flag : TunedRelaunch.SINGLE_FILE_FLAGS) {
      assertFalse(code.contains(flag), flag + " written into the script itself:\n" + code);
    }
  }

  @Test
  void plainJavaJarScanRelaunchesWithTheLaunchersFlagsAndArchive() throws IOException {
    Path jar = Files.createFile(dir.resolve("keyfit.jar"));
    Files.createFile(dir.resolve("keyfit.jsa"));
    String[] args = {"scan", "cv.pdf", "--jd", "job.txt"};

    Optional<List<String>> command =
        TunedRelaunch.childCommand(
            List.of("-jar", jar.toString(), "scan", "cv.pdf", "--jd", "job.txt"), args);

    assertEquals(
        child(
            "-XX:SharedArchiveFile=" + dir.resolve("keyfit.jsa"),
            "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off",
            "-jar",
            jar.toString(),
            "scan",
            "cv.pdf",
            "--jd",
            "job.txt"),
        command.orElseThrow());
  }

  @Test
  void jarWithoutAnArchiveRelaunchesWithTheQuickCompilerOnly() throws IOException {
    Path jar = Files.createFile(dir.resolve("keyfit.jar"));

    List<String> command =
        TunedRelaunch.childCommand(
                List.of("-jar", jar.toString(), "keywords"), new String[] {"keywords"})
            .orElseThrow();

    assertEquals(child("-jar", jar.toString(), "keywords"), command);
  }

  @Test
  void classPathLaunchRelaunchesTheSameMainClass() {
    List<String> command =
        TunedRelaunch.childCommand(
                List.of("-cp", "a.jar:b.jar", "dev.keyfit.cli.Main", "scan", "x.txt"),
                new String[] {"scan", "x.txt"})
            .orElseThrow();

    assertEquals(child("-cp", "a.jar:b.jar", "dev.keyfit.cli.Main", "scan", "x.txt"), command);
  }

  @Test
  void aJvmStartedWithOptionsOfItsOwnRunsAsStarted() {
    String[] args = {"scan", "cv.pdf"};

    assertTrue(
        TunedRelaunch.childCommand(List.of("-Xmx512m", "-jar", "k.jar", "scan", "cv.pdf"), args)
            .isEmpty());
    assertTrue(
        TunedRelaunch.childCommand(
                List.of("-XX:TieredStopAtLevel=1", "-jar", "k.jar", "scan", "cv.pdf"), args)
            .isEmpty(),
        "the launcher's own flags: it already runs tuned");
  }

  @Test
  void argumentsThatAreNotTheOnesMainGotNeverRelaunch() {
    assertTrue(
        TunedRelaunch.childCommand(
                List.of("-jar", "k.jar", "scan", "other.pdf"), new String[] {"scan", "cv.pdf"})
            .isEmpty());
    assertTrue(
        TunedRelaunch.childCommand(List.of("scan", "cv.pdf"), new String[] {"scan", "cv.pdf"})
            .isEmpty());
  }

  @Test
  void aBatchOfASmallFolderRelaunchesWithTheQuickCompilerButNoScanArchive() throws IOException {
    Path jar = Files.createFile(dir.resolve("keyfit.jar"));
    Files.createFile(dir.resolve("keyfit.jsa"));
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), "resume");
    String[] args = {"batch", folder.toString(), "-o", "r.csv"};

    assertTrue(TunedRelaunch.gainsFromTheQuickCompiler(args));
    assertEquals(
        child(
            TunedRelaunch.SMALL_BATCH_FLAGS,
            "-jar",
            jar.toString(),
            "batch",
            folder.toString(),
            "-o",
            "r.csv"),
        TunedRelaunch.childCommand(
                List.of("-jar", jar.toString(), "batch", folder.toString(), "-o", "r.csv"), args)
            .orElseThrow());
  }

  @Test
  void aFolderOfTheLimitOrMoreFilesKeepsTheJvmsDefaults() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("big/sub"));
    for (int i = 0; i < TunedRelaunch.BATCH_QUICK_LIMIT - 1; i++) {
      Files.createFile(folder.resolve(i + ".txt"));
    }
    String[] args = {"batch", dir.resolve("big").toString()};
    assertTrue(TunedRelaunch.isSmallBatch(args), "one file fewer than the limit");

    Files.createFile(dir.resolve("big/last.txt"));
    assertFalse(TunedRelaunch.isSmallBatch(args));
  }

  @Test
  void serveHelpAndABatchOfNoFolderRunInThisJvm() {
    for (String[] args :
        List.of(
            new String[] {"serve"},
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"batch", dir.resolve("missing").toString()},
            new String[] {"batch"},
            new String[0])) {
      assertFalse(TunedRelaunch.gainsFromTheQuickCompiler(args), List.of(args).toString());
    }
  }
}
