package dev.keyfit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code keyfit} command-line entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    quietLibraries();
    Interrupts.install();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs keyfit with the given writers and returns the exit code; the seam for tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLibraries();
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  /** The configured command line, shared by {@link #run} and tests. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /** The command line with a factory for commands (tests inject a {@code Keyfit} with fakes). */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(new KeyfitCommand(), factory);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(java.nio.file.Path.class, ArgPaths::toPath); // by bytes: any locale, any name
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(ErrorHandler::usage);
    return cli;
  }

  /**
   * Keeps PDFBox, POI and OpenNLP log output off the terminal; logging goes to slf4j-nop, and
   * these properties silence what runs before it is found. Set before any library class loads.
   */
  static void quietLibraries() {
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    System.setProperty("java.awt.headless", "true");
  }
}
