package dev.keyfit.cli;

import dev.keyfit.keywords.Category;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.DictionaryException;
import dev.keyfit.keywords.DictionaryLoader;
import dev.keyfit.keywords.Guard;
import dev.keyfit.keywords.Term;
import dev.keyfit.render.ReportTop;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyfit keywords}: look into and validate the dictionaries. */
@Command(
    name = "keywords",
    mixinStandardHelpOptions = true,
    description = "List, show and validate the PM/TPM keyword dictionaries.",
    subcommands = {
      KeywordsCommand.ListTerms.class,
      KeywordsCommand.Show.class,
      KeywordsCommand.Validate.class
    })
final class KeywordsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Dictionary load(Path dir) {
    try {
      return DictionaryLoader.load(dir);
    } catch (DictionaryException e) {
      throw new CliException(
          ExitCodes.USAGE,
          (dir == null ? "built-in dictionary" : dir)
              + ": invalid: "
              + e.problems().get(0)
              + (e.problems().size() > 1
                  ? " (run 'keyfit keywords validate' for all " + e.problems().size() + " problems)"
                  : ""),
          e);
    }
  }

  /** {@code keyfit keywords list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the terms, one a line.")
  static final class ListTerms implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--category",
        paramLabel = "C",
        description = "Only this category (e.g. tools, kpis).")
    String category;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "Only terms that count for pm or tpm.")
    Options.RoleChoice role;

    @Option(
        names = "--keywords",
        paramLabel = "DIR",
        description = "Overlay this dictionary folder.")
    Path dir;

    @Override
    public Integer call() {
      Dictionary dictionary = load(dir);
      Optional<Category> wanted = category == null ? Optional.empty() : Category.fromId(category);
      if (category != null && wanted.isEmpty()) {
        throw new CliException(
            ExitCodes.USAGE,
            "unknown category '"
                + category
                + "'; use one of "
                + String.join(
                    ", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList()));
      }
      PrintWriter out = spec.commandLine().getOut();
      int n = 0;
      for (Term t : dictionary.terms()) {
        if (wanted.isPresent() && t.category() != wanted.get()) {
          continue;
        }
        if (role != null && role.role() != null && t.weight(role.role()) == 0) {
          continue;
        }
        out.printf(
            "%-36s %-17s pm %d  tpm %d  %s%n",
            t.id(), t.category().id(), t.pmWeight(), t.tpmWeight(), t.name());
        n++;
      }
      out.println(n + " terms");
      return ExitCodes.OK;
    }
  }

  /** {@code keyfit keywords show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one term in full.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The term id, e.g. ci-cd.")
    String id;

    @Option(
        names = "--keywords",
        paramLabel = "DIR",
        description = "Overlay this dictionary folder.")
    Path dir;

    @Override
    public Integer call() {
      Term t =
          load(dir)
              .term(id)
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitCodes.USAGE,
                          "no term with id '" + id + "'; see 'keyfit keywords list'"));
      PrintWriter out = spec.commandLine().getOut();
      out.println(t.name() + "  (" + t.id() + ")");
      out.println("  category:    " + t.category().id() + " — " + t.category().title());
      out.println("  weight:      pm " + t.pmWeight() + ", tpm " + t.tpmWeight());
      out.println(
          "  aliases:     " + (t.aliases().isEmpty() ? "—" : String.join(", ", t.aliases())));
      out.println("  case:        " + (t.caseSensitive() ? "matched only as written" : "any case"));
      Guard g = t.guard();
      if (g != null) {
        out.println(
            "  guard:       applies to "
                + (g.aliases().isEmpty() ? "all forms" : sorted(g.aliases())));
        line(out, "confirmed by", g.context());
        if (!g.sections().isEmpty()) {
          out.println(
              "    in sections:  " + g.sections().stream().map(s -> s.id()).sorted().toList());
        }
        line(out, "not after", g.notAfter());
        line(out, "not before", g.notBefore());
        line(out, "not as a", g.notPos());
        // these two veto every form of the term, whatever the guard applies to
        line(out, "not near", g.notNear(), " (every form)");
        line(out, "not written", g.notWritten(), " (every form)");
      }
      out.println("  statements:");
      t.statements().forEach(s -> out.println("    - " + s));
      if (!t.statements().isEmpty()) {
        out.println("    " + ReportTop.HONESTY);
      }
      return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String label, java.util.Set<String> words) {
      line(out, label, words, "");
    }

    private static void line(
        PrintWriter out, String label, java.util.Set<String> words, String scope) {
      if (!words.isEmpty()) {
        out.printf("    %-13s %s%s%n", label + ":", sorted(words), scope);
      }
    }

    private static List<String> sorted(java.util.Set<String> words) {
      return words.stream().sorted().toList();
    }
  }

  /** {@code keyfit keywords validate [DIR]}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description =
          "Check a dictionary folder (overlaid on the built-in one) or the built-in dictionary: "
              + "duplicate ids, aliases claimed by two terms, unknown categories, missing statements. Exit 2 on problems.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "DIR",
        arity = "0..1",
        description = "The folder to check; default: the built-in dictionary.")
    Path dir;

    @Override
    public Integer call() {
      if (dir != null && !Files.isDirectory(dir)) {
        throw new CliException(ExitCodes.USAGE, dir + ": not a folder of dictionary files");
      }
      try {
        Dictionary d = dir == null ? DictionaryLoader.fromYaml() : DictionaryLoader.load(dir);
        spec.commandLine()
            .getOut()
            .println(
                "ok: "
                    + d.terms().size()
                    + " terms, dictionary "
                    + d.version()
                    + (dir == null ? " (built-in)" : " (built-in + " + dir + ")"));
        return ExitCodes.OK;
      } catch (DictionaryException e) {
        PrintWriter err = spec.commandLine().getErr();
        e.problems().forEach(p -> err.println("keyfit: " + Terminal.safe(p)));
        err.println(
            "keyfit: "
                + e.problems().size()
                + " problem"
                + (e.problems().size() == 1 ? "" : "s")
                + " found; fix them and run 'keyfit keywords validate"
                + (dir == null ? "" : " " + dir)
                + "' again");
        return ExitCodes.USAGE;
      }
    }
  }
}
