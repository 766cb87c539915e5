package dev.keyfit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a single-file command ({@code scan}, {@code keywords}) started as a plain {@code java -jar
 * keyfit.jar ...} in a second JVM with the flags the launcher {@code target/keyfit} uses: the quick
 * compiler only and the class-data archive recorded beside the jar (BENCHMARKS.md, "java -jar"). A
 * jar's manifest cannot carry JVM flags, and on a cold single scan the default tiered JIT and the
 * missing archive cost about as much as the scan itself; a bare JVM start costs a few hundredths of
 * a second. The child inherits the terminal (standard input, output and error) and the environment,
 * and its exit code is this process's.
 *
 * <p>Only a JVM started with no options of its own relaunches: the command line (read from the
 * operating system) must be {@code java -jar JAR ARGS} or {@code java -cp PATH MAIN ARGS}, nothing
 * in {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}, and its arguments exactly those {@code
 * main} got; anything else (the launcher's own flags, a user's {@code -Xmx}) runs in this JVM as
 * started; so does one whose command line the operating system does not report (the JDK gives no
 * arguments for a very long one). {@code -Dkeyfit.relaunch=false} (any value) turns it off; the
 * child is started with it.
 *
 * <p>Signals: Ctrl-C reaches both processes (one process group), and the child stops as it would
 * alone; a signal sent to this process only is passed on: this JVM's shutdown hook asks the child
 * to stop ({@link Process#destroy}, SIGTERM, which runs its shutdown hooks) and waits for it.
 */
final class TunedRelaunch {

  /** The commands that run one document and so gain from the launcher's flags. */
  static final Set<String> COMMANDS = Set.of("scan", "keywords");

  /** The property that turns relaunching off, and that the child is started with. */
  static final String PROPERTY = "keyfit.relaunch";

  /** The flags of the launcher's single-file commands (the launcher script keeps the same list). */
  static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1");

  /** The class-data archive's file name, beside the jar. */
  static final String ARCHIVE = "keyfit.jsa";

  /** How long the shutdown hook waits for the child to stop after SIGTERM before killing it. */
  private static final long GRACE_SECONDS = 3;

  private TunedRelaunch() {}

  /**
   * Runs the command in a tuned child JVM when this JVM may relaunch; empty when it runs here.
   *
   * @param args the arguments {@code main} got
   * @return the child's exit code, or empty to run the command in this JVM
   */
  static OptionalInt run(String[] args) {
    Optional<List<String>> command = childCommand(args);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // no child (no java binary, no processes left): run here
    }
    Thread hook = new Thread(() -> stop(child), "keyfit-relaunch");
    Runtime.getRuntime().addShutdownHook(hook);
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // not interrupted by anything of keyfit's; keep waiting for the child
      }
    }
  }

  /** The child's command line, or empty when this JVM must run the command itself. */
  static Optional<List<String>> childCommand(String[] args) {
    if (args.length == 0
        || !COMMANDS.contains(args[0])
        || System.getProperty(PROPERTY) != null
        || System.getenv("JDK_JAVA_OPTIONS") != null
        || System.getenv("JAVA_TOOL_OPTIONS") != null) {
      return Optional.empty();
    }
    Optional<String[]> started = ProcessHandle.current().info().arguments();
    return started.flatMap(arguments -> childCommand(Arrays.asList(arguments), args));
  }

  /**
   * The child's command line for a JVM started with {@code started} (every argument after the java
   * binary) and given {@code args}: the same class path or jar and arguments, after the launcher's
   * flags; empty when {@code started} has any JVM option of its own.
   */
  static Optional<List<String>> childCommand(List<String> started, String[] args) {
    int appArgs = started.size() - args.length;
    if (appArgs < 2 || !started.subList(appArgs, started.size()).equals(Arrays.asList(args))) {
      return Optional.empty();
    }
    List<String> launch = started.subList(0, appArgs);
    boolean jar = launch.size() == 2 && launch.get(0).equals("-jar");
    boolean classPath =
        launch.size() == 3
            && Set.of("-cp", "-classpath", "--class-path").contains(launch.get(0))
            && !launch.get(2).startsWith("-");
    if (!jar && !classPath) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FLAGS);
    command.add("-D" + PROPERTY + "=false");
    if (jar) {
      // the archive holds the jar's absolute path, as the build recorded it
      Path path = Path.of(launch.get(1)).toAbsolutePath().normalize();
      Path archive = path.resolveSibling(ARCHIVE);
      if (Files.isRegularFile(archive)) {
        command.addAll(
            List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
      }
      command.addAll(List.of("-jar", path.toString()));
    } else {
      command.addAll(launch);
    }
    command.addAll(Arrays.asList(args));
    return Optional.of(command);
  }

  /**
   * The shutdown hook: asks the child to stop (it may have had the same Ctrl-C, which does no harm)
   * and waits for it, then kills it.
   */
  private static void stop(Process child) {
    try {
      child.destroy();
      if (!child.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
