package dev.keyfit.server;

import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.keywords.Role;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.score.JobMatch;
import dev.keyfit.score.RoleScore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scan page's endpoints: scan an upload, its report, its downloads, what an ATS sees. */
final class ScanRoutes {

  private final ServerSettings settings;
  private final Scans scans;
  private final Renders renders;

  ScanRoutes(ServerSettings settings, Scans scans, Renders renders) {
    this.settings = settings;
    this.scans = scans;
    this.renders = renders;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/scans", this::scan);
    routes.get(
        "/api/scans/{id}/report",
        ctx -> Downloads.show(ctx, rendered(scans.get(id(ctx)), ReportFormat.HTML)));
    routes.get(
        "/api/scans/{id}/download/{format}",
        ctx -> {
          Scans.Scan scan = scans.get(id(ctx));
          ReportFormat format = Downloads.format(ctx.pathParam("format"));
          Downloads.send(ctx, scan.report(), format, rendered(scan, format));
        });
    routes.get("/api/scans/{id}/ats", this::ats);
  }

  private byte[] rendered(Scans.Scan scan, ReportFormat format) throws java.io.IOException {
    return renders.get("scan " + scan.id(), scan.report(), format);
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }

  private void scan(Context ctx) throws Exception {
    Map<String, List<UploadedFile>> parts = Uploads.parts(ctx, settings);
    UploadedFile resume = Uploads.one(parts, "resume");
    if (resume == null) {
      throw Refusal.badRequest(
          "choose a resume first (" + dev.keyfit.extract.DocumentFormat.namesProse() + ")");
    }
    DocumentSource source =
        DocumentSource.of(leaf(Uploads.name(resume)), Uploads.bytes(resume, settings));
    DocumentSource posting = posting(ctx, parts);
    Role role = role(ctx.formParam("role"));
    Scans.Scan scan;
    try {
      scan = scans.scan(source, posting, role);
    } catch (ExtractionException e) {
      throw new Refusal(422, describe(source.name(), e));
    }
    Json.send(ctx, summary(scan));
  }

  /** The posting: a file, else pasted text (as {@code posting.txt}), else none. */
  private DocumentSource posting(Context ctx, Map<String, List<UploadedFile>> parts)
      throws java.io.IOException {
    UploadedFile file = Uploads.one(parts, "posting");
    if (file != null && file.size() > 0) {
      return DocumentSource.of(leaf(Uploads.name(file)), Uploads.bytes(file, settings));
    }
    String text = ctx.formParam("postingText");
    if (text != null && !text.isBlank()) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > settings.limits().maxFileBytes()) {
        throw Refusal.tooLarge("the pasted posting is over the per-file limit; paste less");
      }
      return DocumentSource.of("posting.txt", bytes);
    }
    return null;
  }

  static Role role(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) {
      return null;
    }
    for (Role r : Role.values()) {
      if (r.id().equalsIgnoreCase(value.strip())) {
        return r;
      }
    }
    throw Refusal.badRequest("the role must be auto, pm or tpm");
  }

  /** The last element of a browser's file name (never a path). */
  static String leaf(String name) {
    String leaf = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return leaf.isBlank() ? "upload" : leaf;
  }

  /** "cv.pdf: the file is damaged …; re-export it …", as the CLI says it. */
  static String describe(String file, ExtractionException e) {
    String detail = e.getMessage();
    String reason = e.failure().reason();
    String message = detail == null || detail.isBlank() || detail.equals(reason) ? reason : detail;
    String prefix = message.startsWith("job posting ") ? "" : file + ": ";
    return prefix + e.failure().name() + ": " + message + "; " + e.failure().remedy();
  }

  /** What the page shows above the report. */
  static Map<String, Object> summary(Scans.Scan scan) {
    Report r = scan.report();
    JobMatch job = r.assessment().jobMatch();
    Role target = r.advice().target();
    String label =
        job != null
            ? "Match rate with " + job.file()
            : (target == null ? "Best role score" : target.title() + " score");
    return Json.object(
        "id", scan.id(),
        "file", r.source().file(),
        "format", r.source().format().name().toLowerCase(Locale.ROOT),
        "pages", r.source().layout().pages(),
        "words", r.source().layout().words(),
        "label", label,
        "score", scan.score(),
        "unit", job != null ? "%" : "",
        "target", job != null ? 75 : 70,
        "previous", scan.previous(),
        "posting", job == null ? null : job.file(),
        "bestFit", r.assessment().bestFit().map(Role::title).orElse("neither role"),
        "roles",
            r.assessment().roles().stream()
                .map((RoleScore s) -> Json.object("role", s.role().title(), "score", s.score()))
                .toList(),
        "millis", scan.millis());
  }

  private void ats(Context ctx) throws Exception {
    Scans.Scan scan = scans.get(id(ctx));
    try {
      Json.send(ctx, AtsView.of(scan.report(), scans.annotated(scan)));
    } catch (ExtractionException e) {
      throw new Refusal(422, describe(scan.report().source().file(), e));
    }
  }
}
