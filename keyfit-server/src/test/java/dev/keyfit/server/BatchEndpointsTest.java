package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch uploaded to the server ranks exactly as {@code keyfit batch}'s runner and ranking rank
 * the same files; a zip unpacks safely; the upload's folder is gone when the run ends.
 */
class BatchEndpointsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUploadedBatchRanksAsKeyfitBatchRanksTheSameFolder(@TempDir Path folder) throws Exception {
    byte[] locked = HostileFiles.pdf(HostileFiles.RESUME, "secret", "owner");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      for (String name : List.of("more/pm-resume.docx", "../escape.txt", "/abs.txt", "inner.zip")) {
        z.putNextEntry(new ZipEntry(name));
        z.write(
            name.endsWith(".docx")
                ? Files.readAllBytes(Path.of("samples/pm-resume.docx"))
                : "x".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    try (TestServer s = new TestServer()) {
      HttpResponse<String> started =
          s.postAsPage(
              "/api/batches",
              new TestServer.Multipart()
                  .file("files", Path.of("samples/tpm-resume.pdf"))
                  .file(
                      "files",
                      "folder/thin-tpm-resume.txt",
                      Files.readAllBytes(Path.of("samples/thin-tpm-resume.txt")))
                  .file("files", "locked.pdf", locked)
                  .file("files", "set.zip", zip.toByteArray())
                  .file("posting", Path.of("samples/tpm-posting.txt")));
      assertEquals(200, started.statusCode(), started.body());
      String id = JSON.readTree(started.body()).get("id").asText();
      JsonNode status = null;
      for (int i = 0; i < 1200; i++) {
        status = JSON.readTree(s.authed("/api/batches/" + id).body());
        if (!status.get("state").asText().equals("running")) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals("done", status.get("state").asText(), status.toString());
      String skipped = status.get("skipped").toString();
      assertTrue(
          skipped.contains("escape.txt")
              && skipped.contains("abs.txt")
              && skipped.contains("a zip inside"),
          skipped);
      try (var left = Files.list(s.server.privateRoot())) {
        assertEquals(1, left.count(), "only the multipart folder: the batch's folder is deleted");
      }

      // the same files in a folder, through keyfit batch's own runner and ranking
      Files.write(
          folder.resolve("tpm-resume.pdf"), Files.readAllBytes(Path.of("samples/tpm-resume.pdf")));
      Files.createDirectories(folder.resolve("folder"));
      Files.write(
          folder.resolve("folder/thin-tpm-resume.txt"),
          Files.readAllBytes(Path.of("samples/thin-tpm-resume.txt")));
      Files.write(folder.resolve("locked.pdf"), locked);
      Files.createDirectories(folder.resolve("set/more"));
      Files.write(
          folder.resolve("set/more/pm-resume.docx"),
          Files.readAllBytes(Path.of("samples/pm-resume.docx")));
      Keyfit keyfit = TestKeyfit.standard();
      AnalysisOptions options = AnalysisOptions.defaults();
      JobPosting posting = keyfit.readPosting(Path.of("samples/tpm-posting.txt"), options);
      FolderWalker.Walk walk = FolderWalker.walk(folder, FolderWalker.Settings.defaults());
      ServerSettings defaults = ServerSettings.defaults(TestKeyfit::standard);
      BatchRunner.Result result =
          new BatchRunner(f -> keyfit.analyze(f, options.withPosting(posting)), defaults.batch())
              .run(walk.root(), walk.files(), o -> {});
      Ranking ranking = Ranking.of(result.outcomes(), result.contentHashes(), null, true);
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      RankingWriter.forFormat(RankingWriter.Format.CSV)
          .write(
              ranking,
              new RankingWriter.Context(
                  "Senior Technical Project Manager (tpm-posting.txt)", java.util.Map.of()),
              csv);
      HttpResponse<byte[]> exported = s.bytes("/api/batches/" + id + "/export/csv");
      assertEquals(
          csv.toString(StandardCharsets.UTF_8),
          new String(exported.body(), StandardCharsets.UTF_8));
      assertTrue(csv.toString(StandardCharsets.UTF_8).contains("locked.pdf\",\"ENCRYPTED\""));

      HttpResponse<byte[]> xlsx = s.bytes("/api/batches/" + id + "/export/xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        Sheet sheet = book.getSheet("Ranking");
        assertEquals(ranking.rows().size(), sheet.getLastRowNum());
        assertEquals("File", sheet.getRow(0).getCell(1).getStringCellValue());
        assertEquals(
            ranking.rows().get(0).source(), sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals(
            ranking.rows().get(0).score(), (int) sheet.getRow(1).getCell(3).getNumericCellValue());
      }
      HttpResponse<String> json = s.authed("/api/batches/" + id + "/export/json");
      assertEquals(ranking.rows().size(), JSON.readTree(json.body()).size());
      HttpResponse<String> report = s.authed("/api/batches/" + id + "/rows/0/report");
      assertTrue(report.body().contains(ranking.rows().get(0).source()));
      int failedRow = ranking.rows().size() - 1;
      assertEquals(
          404, s.authed("/api/batches/" + id + "/rows/" + failedRow + "/report").statusCode());
    }
  }

  @Test
  void aSecondBatchAgainstTheSamePostingRanksAsTheFirstAndItsRowsShowTheirDownloads()
      throws Exception {
    try (TestServer s = new TestServer()) {
      byte[][] csv = new byte[2][];
      for (int i = 0; i < 2; i++) {
        String id =
            finished(
                s,
                new TestServer.Multipart()
                    .file("files", Path.of("samples/thin-tpm-resume.txt"))
                    .file("files", Path.of("samples/pm-resume.docx"))
                    .file("posting", Path.of("samples/tpm-posting.txt")));
        csv[i] = s.bytes("/api/batches/" + id + "/export/csv").body();
        byte[] shown = s.bytes("/api/batches/" + id + "/rows/0/report").body();
        assertArrayEquals(shown, s.bytes("/api/batches/" + id + "/rows/0/download/html").body());
        assertArrayEquals(
            shown, s.bytes("/api/batches/" + id + "/rows/0/report").body(), "shown again");
        assertTrue(new String(shown, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
      }
      assertArrayEquals(csv[0], csv[1], "the posting reused by the second batch ranks the same");
    }
  }

  /** Uploads a batch and waits for it to finish; its id. */
  private static String finished(TestServer s, TestServer.Multipart form) throws Exception {
    HttpResponse<String> started = s.postAsPage("/api/batches", form);
    assertEquals(200, started.statusCode(), started.body());
    String id = JSON.readTree(started.body()).get("id").asText();
    for (int i = 0; i < 1200; i++) {
      JsonNode status = JSON.readTree(s.authed("/api/batches/" + id).body());
      if (!status.get("state").asText().equals("running")) {
        assertEquals("done", status.get("state").asText(), status.toString());
        return id;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("batch " + id + " did not finish in a minute");
  }
}
