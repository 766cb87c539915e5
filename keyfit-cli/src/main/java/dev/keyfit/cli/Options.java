package dev.keyfit.cli;

import dev.keyfit.Keyfit;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.keywords.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the analysing commands, and the checks every command does on its inputs. */
final class Options {

  /** The role choice on the command line. */
  enum RoleChoice {
    PM,
    TPM,
    AUTO;

    Role role() {
      return this == AUTO ? null : Role.valueOf(name());
    }
  }

  /** Mixin: {@code --keywords DIR}. */
  static final class Keywords {
    @Option(
        names = "--keywords",
        paramLabel = "DIR",
        description = "Add to or override the built-in dictionary with the YAML files in DIR.")
    Path dir;

    Keyfit keyfit() {
      return keyfit(dev.keyfit.nlp.PipelinePool.defaultSize());
    }

    /** keyfit with at most {@code pipelines} NLP pipelines (a batch: one per lane). */
    Keyfit keyfit(int pipelines) {
      return keyfit(pipelines, dev.keyfit.extract.Extractors.standard());
    }

    /** keyfit reading documents with the given extractors (a scan starts reading before). */
    Keyfit keyfit(int pipelines, dev.keyfit.extract.Extractors extractors) {
      if (dir != null && !Files.isDirectory(dir)) {
        throw new CliException(
            ExitCodes.USAGE, dir + ": --keywords needs a folder of dictionary files");
      }
      try {
        return Keyfit.builder().keywords(dir).pipelines(pipelines).extractors(extractors).build();
      } catch (DictionaryException e) {
        String where = dir == null ? "built-in dictionary" : dir.toString();
        throw new CliException(
            ExitCodes.USAGE,
            where
                + ": invalid dictionary: "
                + e.problems().get(0)
                + (e.problems().size() > 1
                    ? " (and "
                        + (e.problems().size() - 1)
                        + " more; run 'keyfit keywords validate"
                        + (dir == null ? "" : " " + dir)
                        + "')"
                    : ""),
            e);
      }
    }
  }

  /** Mixin: {@code --verbose}, {@code --quiet}, {@code --no-color}. */
  static final class Output {
    @Option(names = "--verbose", description = "Print stack traces for errors.")
    boolean verbose;

    @Option(
        names = {"-q", "--quiet"},
        description = "Print nothing but errors and requested output.")
    boolean quiet;

    @Option(
        names = "--no-color",
        description = "Never colour terminal output (also: NO_COLOR set).")
    boolean noColor;

    boolean color(boolean toTerminal) {
      return toTerminal
          && !noColor
          && System.console() != null
          && System.getenv("NO_COLOR") == null;
    }
  }

  private Options() {}

  /** Fails with exit 2 when an input path is missing or not a file. */
  static void requireFile(Path path, String what) {
    if (!Files.exists(path)) {
      throw new CliException(ExitCodes.USAGE, path + ": no such " + what + "; check the path");
    }
    if (Files.isDirectory(path)) {
      throw new CliException(
          ExitCodes.USAGE,
          path
              + ": is a folder, not a "
              + what
              + ("file".equals(what) ? "; use 'keyfit batch' for folders" : ""));
    }
  }
}
