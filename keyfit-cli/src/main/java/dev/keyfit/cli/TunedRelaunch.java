package dev.keyfit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a command started as a plain {@code java -jar keyfit.jar ...} in a second JVM with the flags
 * the launcher {@code target/keyfit} gives it (BENCHMARKS.md, "java -jar"; both read them from
 * {@code launch.properties}): a single-file command ({@code scan}, {@code keywords}) with the quick
 * compiler only, a young generation for a scan and the class-data archive recorded beside the jar,
 * and a {@code batch} of a folder of fewer than {@link #BATCH_QUICK_LIMIT} files with the quick
 * compiler only and the serial collector (a larger one keeps the JVM's defaults and runs here). A
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
 * alone (a batch writes its ranking so far); a signal sent to this process only is passed on: this
 * JVM's shutdown hook asks the child to stop ({@link Process#destroy}, SIGTERM, which runs the same
 * shutdown hooks) and waits for it as long as a batch's ranking may take ({@link
 * Interrupts#GRACE}).
 */
final class TunedRelaunch {

  /** The commands that run one document: the quick compiler and the class-data archive. */
  static final Set<String> SINGLE_FILE = Set.of("scan", "keywords");

  /** The command that runs a folder: the quick compiler when the folder is small. */
  static final String BATCH = "batch";

  /** The property that turns relaunching off, and that the child is started with. */
  static final String PROPERTY = "keyfit.relaunch";

  /** The launcher's flags and limits ({@code launch.properties}, also the script's source). */
  private static final Properties LAUNCH = launchProperties();

  /** A batch of fewer regular files than this runs with {@link #SMALL_BATCH_FLAGS}. */
  static final int BATCH_QUICK_LIMIT =
      Integer.parseInt(LAUNCH.getProperty("small.batch.limit", "0"));

  /** The flags of a single-file command: the quick compiler only, a young generation for a scan. */
  static final List<String> SINGLE_FILE_FLAGS = flags("single.file.flags");

  /** The flags of a batch of fewer than {@link #BATCH_QUICK_LIMIT} files. */
  static final List<String> SMALL_BATCH_FLAGS = flags("small.batch.flags");

  /** The class-data archive's file name, beside the jar. */
  static final String ARCHIVE = "keyfit.jsa";

  /**
   * How long the shutdown hook waits for the child to stop after SIGTERM before killing it: a
   * batch's grace for its ranking, and a margin.
   */
  private static final long STOP_SECONDS = Interrupts.GRACE.toSeconds() + 5;

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

  /**
   * The child's command line, or empty when this JVM must run the command itself. The folder of a
   * batch is counted last, only for a JVM that may relaunch: the child itself, or the launcher's
   * JVM (which has flags of its own), never walks it again.
   */
  static Optional<List<String>> childCommand(String[] args) {
    if (args.length == 0
        || !(SINGLE_FILE.contains(args[0]) || args[0].equals(BATCH))
        || System.getProperty(PROPERTY) != null
        || System.getenv("JDK_JAVA_OPTIONS") != null
        || System.getenv("JAVA_TOOL_OPTIONS") != null) {
      return Optional.empty();
    }
    Optional<String[]> started = ProcessHandle.current().info().arguments();
    return started
        .flatMap(arguments -> childCommand(Arrays.asList(arguments), args))
        .filter(command -> gainsFromTheQuickCompiler(args));
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
    command.addAll(SINGLE_FILE.contains(args[0]) ? SINGLE_FILE_FLAGS : SMALL_BATCH_FLAGS);
    command.add("-D" + PROPERTY + "=false");
    if (jar) {
      // the archive holds the jar's absolute path, as the build recorded it, and a scan's classes
      Path path = Path.of(launch.get(1)).toAbsolutePath().normalize();
      Path archive = path.resolveSibling(ARCHIVE);
      if (SINGLE_FILE.contains(args[0]) && Files.isRegularFile(archive)) {
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

  private static Properties launchProperties() {
    Properties properties = new Properties();
    try (InputStream in = TunedRelaunch.class.getResourceAsStream("launch.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // no flags known: nothing relaunches
    }
    return properties;
  }

  private static List<String> flags(String key) {
    String value = LAUNCH.getProperty(key, "").strip();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
  }

  /** Whether the command is one the launcher runs with the quick compiler. */
  static boolean gainsFromTheQuickCompiler(String[] args) {
    return args.length > 0
        && (SINGLE_FILE.contains(args[0])
            ? !SINGLE_FILE_FLAGS.isEmpty()
            : !SMALL_BATCH_FLAGS.isEmpty() && isSmallBatch(args));
  }

  /**
   * Whether the arguments are {@code batch DIR ...} for a folder of fewer than {@link
   * #BATCH_QUICK_LIMIT} regular files (counted as the launcher does, through subfolders).
   */
  static boolean isSmallBatch(String[] args) {
    if (args.length < 2 || !args[0].equals(BATCH)) {
      return false;
    }
    try {
      Path folder = ArgPaths.toPath(args[1]);
      if (!Files.isDirectory(folder)) {
        return false;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        return files
                .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                .limit(BATCH_QUICK_LIMIT)
                .count()
            < BATCH_QUICK_LIMIT;
      }
    } catch (IOException | RuntimeException e) {
      return false; // the batch itself reports a folder it cannot read
    }
  }

  /**
   * The shutdown hook: asks the child to stop (it may have had the same Ctrl-C, which does no harm)
   * and waits for it, then kills it.
   */
  private static void stop(Process child) {
    try {
      child.destroy();
      if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
