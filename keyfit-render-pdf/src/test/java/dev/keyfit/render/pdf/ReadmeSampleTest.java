package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.TextRenderer;
import dev.keyfit.report.Report;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's sample output is what {@code keyfit scan samples/tpm-resume.pdf --jd
 * samples/tpm-posting.txt} prints (at 80 columns, no colour) up to the detail: when the report
 * changes, the README changes with it.
 */
class ReadmeSampleTest {

  @Test
  void readmeSampleIsTheRealOutput() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- sample:start -->\n```\n");
    int end = readme.indexOf("```\n<!-- sample:end -->");
    assertTrue(start >= 0 && end > start, "README has the sample markers");
    String sample = readme.substring(start + "<!-- sample:start -->\n```\n".length(), end);

    Report report =
        GoldenFiles.keyfit()
            .analyze(
                Path.of("samples/tpm-resume.pdf"),
                AnalysisOptions.defaults().withJobPosting(Path.of("samples/tpm-posting.txt")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextRenderer().render(report, Renderer.RenderOptions.PLAIN, out);
    String text = out.toString(StandardCharsets.UTF_8);
    String top = text.substring(0, text.indexOf("\nProject Manager  ") + 1).stripTrailing() + "\n";
    assertEquals(
        top, sample, "README sample differs from the real output: paste the new top of the report");
  }
}
