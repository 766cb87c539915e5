package dev.keyfit.cli;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.ExtractionWorker;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.MemoryBudget;
import dev.keyfit.batch.Ranking;
import dev.keyfit.batch.WorkerPool;
import dev.keyfit.batch.WorkerProtocol;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.keywords.Role;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker JVM of {@code keyfit batch --isolate}: the whole per-file pipeline (extraction,
 * annotation, matching, scoring, advice and the rendered reports) runs here, over {@link
 * WorkerProtocol}, so that a file that stalls or eats memory in any stage is killed with its worker
 * at the time limit and becomes a TIMEOUT or OUT_OF_MEMORY row. The parent passes the batch's
 * settings as {@code key=value} arguments ({@link #launch}); paths go as {@code file:} URIs, so
 * names that are not valid in any charset survive.
 */
public final class AnalysisWorker {

  private AnalysisWorker() {}

  /**
   * How the parent starts workers for a batch.
   *
   * @param keywords the --keywords folder, or null
   * @param role the chosen role, or null for auto
   * @param posting the --jd file, or null
   * @param formats the report formats rendered per file, in order
   * @param tree whether each file's JSON report tree is wanted (a JSON ranking)
   * @param limits the extraction limits (the posting is read with them, as in the parent)
   * @param heapMb the worker heap, in MiB
   */
  static WorkerPool.Launch launch(
      Path keywords,
      Role role,
      Path posting,
      List<ReportFormat> formats,
      boolean tree,
      ExtractionLimits limits,
      int heapMb) {
    List<String> args = new ArrayList<>();
    args.add("limits=" + limits.maxFileBytes() + "," + limits.maxPages() + "," + limits.maxChars());
    if (keywords != null) {
      args.add("keywords=" + keywords.toAbsolutePath().toUri());
    }
    if (role != null) {
      args.add("role=" + role.name());
    }
    if (posting != null) {
      args.add("jd=" + posting.toAbsolutePath().toUri());
    }
    for (ReportFormat f : formats) {
      args.add("format=" + f.name());
    }
    args.add("tree=" + tree);
    return new WorkerPool.Launch(AnalysisWorker.class.getName(), args, heapMb);
  }

  public static void main(String[] args) throws Exception {
    Main.quietLibraries(); // headless, quiet logs, the font cache out of the home folder
    Keyfit.hardenLibraries();
    WorkerProtocol.serve(() -> handler(args));
  }

  private static WorkerProtocol.Handler handler(String[] args) throws Exception {
    Map<String, List<String>> settings = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      settings
          .computeIfAbsent(arg.substring(0, eq), k -> new ArrayList<>())
          .add(arg.substring(eq + 1));
    }
    Path keywords = path(settings, "keywords");
    Keyfit keyfit = Keyfit.builder().keywords(keywords).pipelines(1).build();
    Role role = settings.containsKey("role") ? Role.valueOf(settings.get("role").get(0)) : null;
    long[] l =
        java.util.Arrays.stream(settings.get("limits").get(0).split(","))
            .mapToLong(Long::parseLong)
            .toArray();
    AnalysisOptions options =
        AnalysisOptions.defaults()
            .withRole(role)
            .withLimits(new ExtractionLimits(l[0], (int) l[1], (int) l[2]));
    Path jd = path(settings, "jd");
    JobPosting posting = jd == null ? null : keyfit.readPosting(DocumentSource.of(jd), options);
    List<Renderer> renderers = new ArrayList<>();
    for (String f : settings.getOrDefault("format", List.of())) {
      renderers.add(Renderers.forFormat(ReportFormat.valueOf(f)).orElseThrow());
    }
    boolean tree = Boolean.parseBoolean(settings.getOrDefault("tree", List.of("false")).get(0));
    Extractors extractors = Extractors.standard();
    ExtractionWorker.preload();
    AnalysisOptions withPosting = posting == null ? options : options.withPosting(posting);
    // before the ready line: the NLP models, the matcher and the templates load here, not on the
    // first file's clock
    render(keyfit.analyze(DocumentSource.of("warm-up.txt", WARM_UP), withPosting), renderers);
    warmUpParsers(extractors);
    MemoryBudget budget = MemoryBudget.ofHeap();
    boolean rankingOnly = rankingOnly(renderers, tree);
    return request -> {
      Path file = request.file();
      ExtractedDocument document;
      try (MemoryBudget.Reservation parsing = budget.beforeParsing(file)) {
        document = extractors.extract(file, request.limits());
      }
      WorkerProtocol.testHook(file, "-after-extraction");
      Report report;
      List<byte[]> rendered;
      // a file whose text this worker's heap cannot analyze is a TOO_LARGE row, not a crash
      try (MemoryBudget.Reservation analysis = budget.beforeAnalysis(document.text().length())) {
        AnalysisOptions fileOptions = withPosting.withLimits(request.limits());
        report =
            rankingOnly
                ? keyfit.analyzeForRanking(document, fileOptions)
                : keyfit.analyze(document, fileOptions);
        rendered = render(report, renderers);
      }
      Ranking.Row row =
          Ranking.summary(
              new FileOutcome.Analyzed(file.getFileName(), report), role, posting != null);
      return new WorkerProtocol.Response(
          null,
          new WorkerProtocol.Analysis(
              row, rendered, tree ? JsonReport.compact(JsonReport.tree(report)) : null),
          null,
          null);
    };
  }

  /** A short resume analyzed once at start-up. */
  private static final byte[] WARM_UP =
      ("Alex Doe\nSenior Technical Program Manager\n\nExperience\n"
              + "Acme Corp, Technical Program Manager, 2018 - Present\n"
              + "- Led a cross-functional program of 12 engineers using Agile, Scrum and Jira.\n"
              + "- Managed the roadmap, budget and risks; delivered the AWS migration on time.\n\n"
              + "Skills\nProject management, Python, SQL, Kafka, stakeholder management\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /**
   * Extracts a tiny DOCX and PDF made here, so that POI's and PDFBox's first-document costs (schema
   * and font loading, seconds on a loaded machine) are paid before the ready line.
   */
  private static void warmUpParsers(Extractors extractors) {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument docx =
            new org.apache.poi.xwpf.usermodel.XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("Alex Doe, Technical Program Manager");
      docx.write(out);
      extractors.extract(
          DocumentSource.of("warm-up.docx", out.toByteArray()), ExtractionLimits.DEFAULT);
    } catch (Exception | LinkageError e) { // NOPMD: a warm-up; the first file pays instead
      // not fatal
    }
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      pdf.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream text =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        text.newLineAtOffset(72, 720);
        text.showText("Alex Doe, Technical Program Manager");
        text.endText();
      }
      pdf.save(out);
      extractors.extract(
          DocumentSource.of("warm-up.pdf", out.toByteArray()), ExtractionLimits.DEFAULT);
    } catch (Exception | LinkageError e) { // NOPMD: a warm-up; the first file pays instead
      // not fatal
    }
  }

  /**
   * True when a batch file needs only what its ranking row reads ({@link
   * Keyfit#analyzeForRanking}): no report is rendered for it and no report tree is spooled for a
   * JSON ranking. One rule for the in-process batch and its worker JVMs.
   */
  static boolean rankingOnly(List<Renderer> renderers, boolean trees) {
    return renderers.isEmpty() && !trees;
  }

  private static List<byte[]> render(Report report, List<Renderer> renderers)
      throws java.io.IOException {
    List<byte[]> rendered = new ArrayList<>(renderers.size());
    for (Renderer renderer : renderers) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.render(report, Renderer.RenderOptions.PLAIN, out);
      rendered.add(out.toByteArray());
    }
    return rendered;
  }

  private static Path path(Map<String, List<String>> settings, String key) {
    List<String> values = settings.get(key);
    return values == null ? null : Path.of(URI.create(values.get(0)));
  }
}
