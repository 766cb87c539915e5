package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyfit batch -o ranking.html --reports DIR --jd posting}: the ranking links to the report
 * files the batch wrote (relative to the ranking's folder), names the posting and flags copies.
 */
class BatchRankingLinksTest {

  @TempDir Path dir;
  final BatchCli cli = new BatchCli();

  private Path folder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(in.resolve("cv one.txt"), HostileFiles.RESUME);
    Files.writeString(dir.resolve("in/copy.txt"), HostileFiles.RESUME);
    Files.write(dir.resolve("in/empty.docx"), new byte[0]);
    return dir.resolve("in");
  }

  @Test
  void everyLinkOfTheHtmlRankingOpensAReportTheBatchWrote() throws IOException {
    Path in = folder();
    Path out = Files.createDirectories(dir.resolve("out"));
    Path ranking = out.resolve("ranking.html");
    cli.run(
        "batch",
        in.toString(),
        "-o",
        ranking.toString(),
        "--reports",
        dir.resolve("my reports").toString(),
        "--report-format",
        "html,md",
        "-q");

    String html = Files.readString(ranking);
    Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
    List<String> hrefs = new ArrayList<>();
    while (m.find()) {
      hrefs.add(m.group(1));
    }
    assertEquals(6, hrefs.size(), "two resumes: a name link and two format links each: " + hrefs);
    for (String href : hrefs) {
      assertTrue(href.startsWith("../my%20reports/"), href);
      Path target = Path.of(out.toUri().resolve(URI.create(href)));
      assertTrue(Files.isRegularFile(target), "the link opens a written report: " + href);
    }
    assertTrue(html.contains("Same content as sub/cv one.txt"), "the copy is flagged");
  }

  @Test
  void withoutReportsTheRankingHasNoLinksAndJsonNoReportsField() throws IOException {
    Path in = folder();
    Path html = dir.resolve("ranking.html");
    Path json = dir.resolve("ranking.json");
    cli.run("batch", in.toString(), "-o", html.toString(), "-q");
    cli.run("batch", in.toString(), "-o", json.toString(), "-q");

    assertFalse(Files.readString(html).contains("<a href"));
    JsonNode rows = new ObjectMapper().readTree(json.toFile());
    for (JsonNode row : rows) {
      assertFalse(row.has("reports"));
      assertTrue(row.get("source").isObject(), "one type for source in every row");
    }
  }

  @Test
  void thePostingIsNamedInTheHtmlRanking() throws IOException {
    Path in = folder();
    Path posting = dir.resolve("posting.txt");
    Files.writeString(
        posting,
        "Senior Project Manager\n\nRequirements\n- Agile and Scrum\n- Risk management\n- Jira\n");
    Path html = dir.resolve("ranking.html");
    cli.run("batch", in.toString(), "--jd", posting.toString(), "-o", html.toString(), "-q");

    String page = Files.readString(html);
    assertTrue(page.contains("posting.txt"), "the posting's file is named");
    assertTrue(page.contains("Ranked by match rate with the job posting"), page);
  }
}
