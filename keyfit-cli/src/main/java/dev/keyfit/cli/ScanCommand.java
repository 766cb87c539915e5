package dev.keyfit.cli;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.cli.io.OutputFiles;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.nlp.PipelinePool;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyfit scan FILE}: analyze one resume and print or export its gap report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Score one resume (@FORMATS@) for the PM and TPM roles or a job posting, "
            + "explain every point, and suggest what is missing.")
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The resume to analyze.")
  Path file;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      defaultValue = "auto",
      description =
          "pm, tpm or auto (score both, advise for the best fit). Default: ${DEFAULT-VALUE}.")
  Options.RoleChoice role;

  @Option(
      names = "--jd",
      paramLabel = "FILE",
      description = "A job posting to match the resume against.")
  Path jobPosting;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatLists.ReportCandidates.class,
      description =
          "${COMPLETION-CANDIDATES}, or a usual extension (md). "
              + "Default: from the -o extension, else text.")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE.")
  Path output;

  @Option(
      names = "--min-score",
      paramLabel = "N",
      description = "Exit with 1 when the score (or the posting match rate with --jd) is below N.")
  Integer minScore;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Give up when reading and analyzing the resume (and the posting) takes longer than this "
              + "(TIMEOUT, exit 3). Default: ${DEFAULT-VALUE}.")
  double timeoutSeconds;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "20MiB",
      converter = Sizes.class,
      description = "Refuse larger files unopened (TOO_LARGE). Default: ${DEFAULT-VALUE}.")
  long maxFileSize;

  @Option(
      names = "--paper",
      paramLabel = "SIZE",
      converter = PaperConverter.class,
      description = "PDF page size: A4 or letter. Default: from the locale.")
  Renderer.Paper paper;

  @Option(
      names = "--detail",
      description =
          "Add the detail (categories, all checks, evidence, how the score was computed) to a PDF.")
  boolean detail;

  /** A4 or letter, in any case. */
  static final class PaperConverter implements CommandLine.ITypeConverter<Renderer.Paper> {
    @Override
    public Renderer.Paper convert(String value) {
      for (Renderer.Paper p : Renderer.Paper.values()) {
        if (p.css().equalsIgnoreCase(value.strip())) {
          return p;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected A4 or letter but was '" + value + "'");
    }
  }

  @Mixin Options.Keywords keywords;
  @Mixin Options.Output outputOptions;

  /** Accepts a format's name or its usual extension: {@code --format md} as well as markdown. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromName(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "expected "
                          + FormatLists.names(FormatLists.reportFormats())
                          + " but was '"
                          + value
                          + "'"));
    }
  }

  @Override
  public Integer call() {
    java.time.Duration limit = TimeLimit.ofSeconds(timeoutSeconds); // option values first: exit 2
    if (maxFileSize < 1) {
      throw new CliException(ExitCodes.USAGE, "--max-file-size must be at least 1 byte");
    }
    Options.requireFile(file, "file");
    if (jobPosting != null) {
      Options.requireFile(jobPosting, "job posting file");
    }
    ReportFormat chosen =
        format != null
            ? format
            : output != null
                ? ReportFormat.fromPath(output).orElse(ReportFormat.TEXT)
                : ReportFormat.TEXT;
    Renderer renderer =
        Renderers.forFormat(chosen)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.USAGE,
                        "scan cannot write "
                            + FormatLists.name(chosen)
                            + "; use "
                            + FormatLists.names(FormatLists.reportFormats())));
    if (chosen == ReportFormat.PDF && output == null) {
      throw new CliException(ExitCodes.USAGE, "a PDF report needs a file: add -o report.pdf");
    }
    ExtractionLimits limits =
        new ExtractionLimits(
            maxFileSize, ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
    AnalysisOptions options =
        AnalysisOptions.defaults()
            .withRole(role.role())
            .withJobPosting(jobPosting)
            .withLimits(limits);
    // The resume is read while this thread builds the analyzer (dictionary, matcher, advice): the
    // two do not depend on each other, and on a single scan each is a fifth of the time
    // (BENCHMARKS.md, "Single-scan start-up, fourth pass"). Every stage, the posting's included,
    // runs under the one time limit, so no input can make a scan hang; a dictionary error still
    // comes first.
    Extractors extractors = Extractors.standard();
    CompletableFuture<Keyfit> analyzer = new CompletableFuture<>();
    TimeLimit.Running<Report> analysis =
        TimeLimit.start(
            limit,
            () -> {
              ExtractedDocument resume = extractors.extract(DocumentSource.of(file), limits);
              return analyzer.get().analyze(resume, options);
            });
    try {
      analyzer.complete(keywords.keyfit(PipelinePool.defaultSize(), extractors));
    } catch (RuntimeException e) {
      analysis.abandon();
      analyzer.completeExceptionally(e);
      throw e;
    }
    Report report;
    try {
      report = analysis.await();
    } catch (ExtractionException e) {
      throw new CliException(ExitCodes.INPUT, Failures.describe(file, e), e);
    }
    write(report, renderer);
    return gate(report);
  }

  private void write(Report report, Renderer renderer) {
    try {
      if (output == null) {
        var opts =
            new Renderer.RenderOptions(
                outputOptions.color(true), dev.keyfit.cli.TerminalWidth.detect());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        renderer.render(report, opts, buffer);
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return;
      }
      List<Path> inputs = new ArrayList<>(List.of(file));
      if (jobPosting != null) {
        inputs.add(jobPosting);
      }
      Renderer.RenderOptions plain = Renderer.RenderOptions.PLAIN;
      Renderer.RenderOptions fileOptions =
          plain.with(
              paper == null ? Renderer.Paper.fromLocale(java.util.Locale.getDefault()) : paper,
              detail);
      OutputFiles.write(output, inputs, out -> renderer.render(report, fileOptions, out));
      if (!outputOptions.quiet) {
        spec.commandLine().getErr().println("keyfit: wrote " + Terminal.safe(output.toString()));
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT,
          "cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage(),
          e);
    }
  }

  private int gate(Report report) {
    if (minScore == null) {
      return ExitCodes.OK;
    }
    int score =
        report.assessment().jobMatch() != null
            ? report.assessment().jobMatch().matchRate()
            : report.assessment().roles().stream()
                .filter(
                    r -> report.advice().target() == null || r.role() == report.advice().target())
                .mapToInt(r -> r.score())
                .max()
                .orElse(0);
    if (score < minScore) {
      spec.commandLine()
          .getErr()
          .println("keyfit: score " + score + " is below --min-score " + minScore);
      return ExitCodes.BELOW_MIN_SCORE;
    }
    return ExitCodes.OK;
  }
}
