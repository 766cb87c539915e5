package dev.keyfit.render;

import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the JSON contract. */
public final class JsonRenderer implements Renderer {

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
    out.write(JsonReport.text(JsonReport.tree(report)).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
