package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.AnalysisOptions;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.Renderers;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.testing.TestKeyfit;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scan endpoints give what the library and its renderers give, and the ATS view's marks. */
class ScanEndpointsTest {

  static TestServer s;
  static JsonNode summary;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void scan() throws Exception {
    s = new TestServer();
    summary = scanSample();
  }

  /** The sample TPM resume against the sample posting, as the page sends it; its summary. */
  static JsonNode scanSample() throws Exception {
    HttpResponse<String> r =
        s.postAsPage(
            "/api/scans",
            new TestServer.Multipart()
                .file("resume", Path.of("samples/tpm-resume.pdf"))
                .file("posting", Path.of("samples/tpm-posting.txt"))
                .field("role", "auto"));
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  static Report library() throws Exception {
    return TestKeyfit.standard()
        .analyze(
            Path.of("samples/tpm-resume.pdf"),
            AnalysisOptions.defaults().withJobPosting(Path.of("samples/tpm-posting.txt")));
  }

  @Test
  void theScanShowsTheLibrarysMatchRateAndBestFit() throws Exception {
    Report report = library();
    assertEquals(report.assessment().jobMatch().matchRate(), summary.get("score").asInt());
    assertEquals("Match rate with tpm-posting.txt", summary.get("label").asText());
    assertEquals(
        report.assessment().bestFit().orElseThrow().title(), summary.get("bestFit").asText());
  }

  @Test
  void downloadsAreTheRenderersBytesForEveryFormat() throws Exception {
    Report report = library();
    String id = summary.get("id").asText();
    for (String format : new String[] {"json", "md", "html"}) {
      HttpResponse<byte[]> r = s.bytes("/api/scans/" + id + "/download/" + format);
      assertEquals(200, r.statusCode());
      assertTrue(
          r.headers()
              .firstValue("Content-Disposition")
              .orElseThrow()
              .contains("tpm-resume-gap." + format));
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      Renderers.forFormat(Downloads.FORMATS.get(format))
          .orElseThrow()
          .render(report, Renderer.RenderOptions.PLAIN, expected);
      assertArrayEquals(expected.toByteArray(), r.body(), format + " as keyfit scan writes it");
    }
    HttpResponse<byte[]> pdf = s.bytes("/api/scans/" + id + "/download/pdf");
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(404, s.bytes("/api/scans/" + id + "/download/exe").statusCode());
    assertEquals(ReportFormat.MARKDOWN, Downloads.format("MD"));
  }

  @Test
  void aRescanAgainstTheSamePostingReusesItAndGivesTheSameReportBytes() throws Exception {
    String second = scanSample().get("id").asText();
    byte[] first = s.bytes("/api/scans/" + summary.get("id").asText() + "/download/json").body();
    assertArrayEquals(first, s.bytes("/api/scans/" + second + "/download/json").body());
  }

  @Test
  void theShownReportIsTheHtmlDownloadAndStaysTheSame() throws Exception {
    String id = summary.get("id").asText();
    byte[] shown = s.bytes("/api/scans/" + id + "/report").body();
    assertArrayEquals(Downloads.render(library(), ReportFormat.HTML), shown);
    assertArrayEquals(shown, s.bytes("/api/scans/" + id + "/download/html").body());
    assertArrayEquals(shown, s.bytes("/api/scans/" + id + "/report").body(), "shown again");
  }

  @Test
  void theShownReportCarriesItsOwnScriptFreePolicy() throws Exception {
    HttpResponse<String> r = s.authed("/api/scans/" + summary.get("id").asText() + "/report");
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.startsWith("default-src 'none'") && !csp.contains("script"), csp);
    assertTrue(csp.contains("frame-ancestors 'self'"), csp);
    assertTrue(r.body().contains("Do these first") && !r.body().contains("<script"));
  }

  @Test
  void theAtsViewMarksEachTermInTheResumesOwnWords() throws Exception {
    JsonNode ats =
        JSON.readTree(s.authed("/api/scans/" + summary.get("id").asText() + "/ats").body());
    int marks = 0;
    int last = 0;
    Set<String> kinds = new java.util.HashSet<>();
    for (JsonNode line : ats.get("lines")) {
      assertTrue(line.get("n").asInt() > last, "reading order");
      last = line.get("n").asInt();
      String text = line.get("text").asText();
      int end = -1;
      for (JsonNode m : line.get("marks")) {
        int from = m.get("start").asInt();
        int to = m.get("end").asInt();
        assertTrue(from >= end && to <= text.length() && from < to, "marks in order, no overlap");
        end = to;
        kinds.add(m.get("kind").asText());
        marks++;
      }
    }
    assertTrue(marks > 40, marks + " marks");
    assertTrue(Set.of("exact", "variant", "related", "other").containsAll(kinds), kinds.toString());
    assertTrue(
        kinds.contains("exact") && kinds.contains("variant") && kinds.contains("other"),
        kinds.toString());
    int first = 0;
    for (JsonNode sec : ats.get("sections")) {
      assertTrue(sec.get("firstLine").asInt() > first, "sections in reading order");
      first = sec.get("firstLine").asInt();
    }
    assertEquals(3, ats.get("contact").size());
    assertEquals(1, ats.get("layout").get("multiColumnPages").asInt());
  }

  @Test
  void anUploadSpilledToDiskIsDeletedWhenItsRequestEnds() throws Exception {
    byte[] big = new byte[3 << 20]; // over the 1 MiB kept in memory: Jetty writes it to a file
    java.util.Arrays.fill(big, (byte) ' ');
    byte[] text =
        dev.keyfit.testing.HostileFiles.RESUME.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.arraycopy(text, 0, big, 0, text.length);
    HttpResponse<String> r =
        s.postAsPage("/api/scans", new TestServer.Multipart().file("resume", "spaced.txt", big));
    assertTrue(r.statusCode() == 200 || r.statusCode() == 422, r.body());
    Path uploads;
    try (var dirs = java.nio.file.Files.list(s.server.privateRoot())) {
      uploads =
          dirs.filter(d -> d.getFileName().toString().startsWith("uploads-"))
              .findFirst()
              .orElseThrow();
    }
    for (int i = 0; i < 50 && !empty(uploads); i++) {
      Thread.sleep(100);
    }
    try (var left = java.nio.file.Files.list(uploads)) {
      assertEquals(List.of(), left.toList(), "multipart files left after the request");
    }
  }

  private static boolean empty(Path dir) throws java.io.IOException {
    try (var entries = java.nio.file.Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  @Test
  void theSameFileScannedAgainReportsItsPreviousScore() throws Exception {
    HttpResponse<String> again =
        s.postAsPage(
            "/api/scans",
            new TestServer.Multipart()
                .file("resume", Path.of("samples/tpm-resume.pdf"))
                .field("role", "tpm"));
    JsonNode next = JSON.readTree(again.body());
    assertEquals(summary.get("score").asInt(), next.get("previous").asInt());
    assertEquals("Technical Project Manager score", next.get("label").asText());
  }
}
