package dev.keyfit.server;

import dev.keyfit.advise.Check;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The batch page's endpoints: upload and start, progress and ranking, row reports, exports. */
final class BatchRoutes {

  private final ServerSettings settings;
  private final Batches batches;
  private final Renders renders;

  BatchRoutes(ServerSettings settings, Batches batches, Renders renders) {
    this.settings = settings;
    this.batches = batches;
    this.renders = renders;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/batches", this::start);
    routes.get(
        "/api/batches/{id}", ctx -> Json.send(ctx, status(batches.get(ctx.pathParam("id")))));
    routes.get(
        "/api/batches/{id}/rows/{row}/report",
        ctx -> Downloads.show(ctx, rendered(ctx, row(ctx), ReportFormat.HTML)));
    routes.get(
        "/api/batches/{id}/rows/{row}/download/{format}",
        ctx -> {
          Ranking.Row row = row(ctx);
          ReportFormat format = Downloads.format(ctx.pathParam("format"));
          Downloads.send(ctx, row.report(), format, rendered(ctx, row, format));
        });
    routes.get("/api/batches/{id}/export/{format}", this::export);
  }

  private Ranking.Row row(Context ctx) {
    return batches.row(ctx.pathParam("id"), ctx.pathParam("row"));
  }

  /** A finished row's report in a format; batch and row ids are never reused while it runs. */
  private byte[] rendered(Context ctx, Ranking.Row row, ReportFormat format)
      throws java.io.IOException {
    return renders.get(
        "batch " + ctx.pathParam("id") + " row " + ctx.pathParam("row"), row.report(), format);
  }

  private void start(Context ctx) throws Exception {
    Map<String, List<UploadedFile>> parts = Uploads.parts(ctx, settings);
    List<UploadedFile> files = parts.getOrDefault("files", List.of());
    if (files.isEmpty()) {
      throw Refusal.badRequest("choose resumes, a folder or a zip first");
    }
    BatchFolder folder = batches.folder();
    Batches.Job job;
    try {
      for (UploadedFile f : files) {
        folder.add(Uploads.name(f), f.size(), f.content());
      }
      job = batches.start(folder, posting(ctx, parts), ScanRoutes.role(ctx.formParam("role")));
    } catch (RuntimeException | java.io.IOException e) {
      PrivateFiles.delete(folder.dir());
      throw e;
    }
    Json.send(ctx, Json.object("id", job.id, "total", job.total));
  }

  private DocumentSource posting(Context ctx, Map<String, List<UploadedFile>> parts)
      throws java.io.IOException {
    UploadedFile file = Uploads.one(parts, "posting");
    if (file != null && file.size() > 0) {
      return DocumentSource.of(ScanRoutes.leaf(Uploads.name(file)), Uploads.bytes(file, settings));
    }
    String text = ctx.formParam("postingText");
    return text == null || text.isBlank()
        ? null
        : DocumentSource.of("posting.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private void export(Context ctx) throws Exception {
    Batches.Job job = batches.get(ctx.pathParam("id"));
    Ranking ranking = job.ranking;
    if (ranking == null) {
      throw new Refusal(409, "the batch is still running; export it when it has finished");
    }
    String format = ctx.pathParam("format");
    RankingWriter writer;
    String type;
    switch (format) {
      case "csv" -> {
        writer = RankingWriter.forFormat(RankingWriter.Format.CSV);
        type = "text/csv; charset=utf-8";
      }
      case "json" -> {
        writer = RankingWriter.forFormat(RankingWriter.Format.JSON);
        type = "application/json; charset=utf-8";
      }
      case "xlsx" -> {
        writer = new XlsxRanking();
        type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      }
      default ->
          throw Refusal.notFound("a ranking in '" + format + "' format (csv, json and xlsx are)");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(ranking, new RankingWriter.Context(job.posting, Map.of()), out);
    Downloads.attachment(ctx, "ranking." + format, type);
    ctx.result(out.toByteArray());
  }

  static Map<String, Object> status(Batches.Job job) {
    Ranking ranking = job.ranking;
    List<Object> skipped = new ArrayList<>();
    for (FileOutcome.Skipped s : job.skipped) {
      skipped.add(Json.object("file", s.source(), "reason", s.reason()));
    }
    return Json.object(
        "id", job.id,
        "state", job.error != null ? "failed" : ranking == null ? "running" : "done",
        "error", job.error,
        "done", Math.min(job.done.get(), job.total),
        "total", job.total,
        "posting", job.posting,
        "byPosting", job.byPosting,
        "millis", job.millis,
        "skipped", skipped,
        "rows", ranking == null ? List.of() : rows(ranking));
  }

  private static List<Object> rows(Ranking ranking) {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < ranking.rows().size(); i++) {
      Ranking.Row row = ranking.rows().get(i);
      Report report = row.report();
      JobMatch job = report == null ? null : report.assessment().jobMatch();
      List<String> warnings =
          report == null
              ? List.of()
              : report.advice().checks().stream()
                  .filter(c -> c.status() != Check.Status.PASS)
                  .map(Check::message)
                  .toList();
      List<String> required =
          job == null
              ? List.of()
              : job.terms().stream()
                  .filter(t -> t.required() && "missing".equals(t.status()))
                  .map(t -> t.term().name())
                  .toList();
      Map<String, Object> roles = new java.util.LinkedHashMap<>();
      for (RoleScore s : row.roleScores()) {
        roles.put(s.role().id(), s.score());
      }
      rows.add(
          Json.object(
              "index", i,
              "rank", row.rank(),
              "file", row.source(),
              "status", String.valueOf(row.status()),
              "ok", row.ok(),
              "score", row.score(),
              "bestFit", row.bestFit(),
              "roles", roles,
              "matchRate", job == null ? null : job.matchRate(),
              "matched", row.matched(),
              "missing", row.missing(),
              "missingRequired", required,
              "warnings", warnings,
              "reason", row.reason(),
              "sameContent", row.sameContent()));
    }
    return rows;
  }
}
