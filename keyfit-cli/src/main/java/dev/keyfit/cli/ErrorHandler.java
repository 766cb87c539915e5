package dev.keyfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure into one line on stderr and an exit code; a stack trace only with --verbose.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose =
        parsed.hasMatchedOption("--verbose")
            || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
            || (parsed.hasSubcommand() && deepVerbose(parsed.subcommand()));
    if (e instanceof CliException ce) {
      cli.getErr().println("keyfit: " + Terminal.safe(ce.getMessage()));
      if (verbose && ce.getCause() != null) {
        ce.getCause().printStackTrace(cli.getErr());
      }
      return ce.exitCode();
    }
    cli.getErr()
        .println(
            "keyfit: internal error: "
                + Terminal.safe(String.valueOf(e))
                + (verbose ? "" : " (run with --verbose for details)"));
    if (verbose) {
      e.printStackTrace(cli.getErr());
    }
    return ExitCodes.INTERNAL;
  }

  private static boolean deepVerbose(ParseResult p) {
    return p.hasMatchedOption("--verbose") || (p.hasSubcommand() && deepVerbose(p.subcommand()));
  }

  /** A bad option or argument: one line, a hint, exit 2. */
  static int usage(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("keyfit: " + Terminal.safe(e.getMessage()));
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCodes.USAGE;
  }
}
