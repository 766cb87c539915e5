package dev.keyfit.cli;

import dev.keyfit.Keyfit;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.nlp.NlpModels;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code keyfit} command-line entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    java.util.OptionalInt relaunched = TunedRelaunch.run(args); // before any library class loads
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    quietLibraries();
    Keyfit.hardenLibraries(); // the CLI owns its JVM: POI's zip limits, openhtmltopdf's logging
    preloadModelsFor(args);
    Interrupts.install();
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Starts loading the OpenNLP models on their background thread before the command line is even
   * parsed, for the commands that analyze documents: a single scan otherwise waits for the models
   * after picocli's set-up and the dictionary (BENCHMARKS.md, "Single scan start-up"). Other
   * commands (help, keywords, serve) never wait for this thread; it is a daemon.
   */
  static void preloadModelsFor(String[] args) {
    if (args.length > 1 && (args[0].equals("scan") || args[0].equals("batch"))) {
      NlpModels.preload();
    }
  }

  /** Runs keyfit with the given writers and returns the exit code; the seam for tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLibraries();
    Keyfit.hardenLibraries(); // idempotent; here too for callers that skip main (tests)
    CommandLine cli = commandLine(out, err, CommandLine.defaultFactory(), args);
    return cli.execute(args);
  }

  /** The configured command line, shared by {@link #run} and tests. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /** The command line with a factory for commands (tests inject a {@code Keyfit} with fakes). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    return commandLine(out, err, factory, new String[0]);
  }

  /**
   * The command line for these arguments: when they start with a subcommand's name, only that
   * subcommand is built (picocli reads every command's annotations and fields up front, and a
   * {@code scan} needs none of the others'); otherwise (help, version, a mistyped name, for which
   * picocli suggests the nearest) all of them.
   */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String[] args) {
    CommandLine cli = new CommandLine(new KeyfitCommand(), factory);
    String first = args.length > 0 ? args[0] : "";
    boolean named =
        KeyfitCommand.SUBCOMMANDS.stream().anyMatch(c -> KeyfitCommand.nameOf(c).equals(first))
            && !first.equals("generate-completion"); // it describes the whole tree
    for (Class<?> subcommand : KeyfitCommand.SUBCOMMANDS) {
      if (!named || KeyfitCommand.nameOf(subcommand).equals(first)) {
        cli.addSubcommand(subcommand);
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(
        java.nio.file.Path.class, ArgPaths::toPath); // by bytes: any locale, any name
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(ErrorHandler::usage);
    withFormats(cli);
    return cli;
  }

  /** The token in command descriptions that stands for the readable document formats. */
  static final String FORMATS = "@FORMATS@";

  /**
   * Fills {@link #FORMATS} in every command's description with {@link DocumentFormat#namesList()},
   * so the help lists the formats the one enum has (annotations take only constants).
   */
  private static void withFormats(CommandLine cli) {
    CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
    usage.description(
        java.util.Arrays.stream(usage.description())
            .map(line -> line.replace(FORMATS, DocumentFormat.namesList()))
            .toArray(String[]::new));
    cli.getSubcommands().values().forEach(Main::withFormats);
  }

  private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

  /**
   * Keeps PDFBox, POI and OpenNLP log output off the terminal; logging goes to slf4j-nop, and these
   * properties silence what runs before it is found. Set before any library class loads.
   */
  static void quietLibraries() {
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    System.setProperty("java.awt.headless", "true");
    // commons-logging (PDFBox's) straight to slf4j, the same no-op sink, instead of first finding
    // log4j-api on the class path and going through it: ~90 classes fewer in a PDF scan
    if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
      System.setProperty(
          COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
    }
    keepFontCacheOutOfHome();
  }

  /**
   * PDFBox writes a cache of the system fonts into the user's home ({@code ~/.pdfbox.cache}) the
   * first time a PDF needs a font it does not embed; keyfit writes nothing outside the outputs
   * asked for, so the cache goes to a private folder under the temporary folder (kept between
   * runs).
   */
  static void keepFontCacheOutOfHome() {
    if (System.getProperty("pdfbox.fontcache") != null) {
      return;
    }
    try {
      java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
      java.nio.file.Path dir =
          tmp.resolve(
              "keyfit-fontcache-"
                  + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
      if (!java.nio.file.Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try {
          java.nio.file.Files.createDirectory(
              dir,
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
          java.nio.file.Files.createDirectory(dir);
        }
      }
      boolean ours =
          java.nio.file.Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)
              && java.nio.file.Files.getOwner(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                  .getName()
                  .equals(System.getProperty("user.name"));
      if (!ours) {
        dir =
            java.nio.file.Files.createTempDirectory(
                "keyfit-fontcache-"); // someone else's: use a fresh one
      }
      System.setProperty("pdfbox.fontcache", dir.toString());
    } catch (java.io.IOException | RuntimeException e) {
      System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
    }
  }
}
