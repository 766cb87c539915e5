package dev.keyfit.cli;

import dev.keyfit.Version;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code keyfit}: the top-level command; does nothing but list its subcommands. */
@Command(
    name = "keyfit",
    mixinStandardHelpOptions = true,
    versionProvider = KeyfitCommand.VersionProvider.class,
    description = {
      "Offline resume keyword analyzer for Project Manager and Technical Project Manager roles.",
      "Nothing leaves your machine: no network, no AI, same input → same output."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  a --min-score gate was not met",
      "  2  usage or configuration error (bad option, missing path, invalid --keywords)",
      "  3  an input could not be analyzed (batch: at least one file)",
      "  4  output could not be written",
      "  5  internal error or aborted batch",
      "130  interrupted"
    })
public final class KeyfitCommand implements Runnable {

  /**
   * The subcommands, in the order the help lists them ({@link Main} adds them: all, or only the one
   * a command line starts with).
   */
  static final java.util.List<Class<?>> SUBCOMMANDS =
      java.util.List.of(
          ScanCommand.class,
          BatchCommand.class,
          ServeCommand.class,
          KeywordsCommand.class,
          AutoComplete.GenerateCompletion.class);

  /** A subcommand's name, as its {@code @Command} annotation gives it. */
  static String nameOf(Class<?> subcommand) {
    return subcommand.getAnnotation(picocli.CommandLine.Command.class).name();
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version line: tool and dictionary. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "keyfit " + Version.current() + " (Java " + System.getProperty("java.version") + ")"
      };
    }
  }
}
