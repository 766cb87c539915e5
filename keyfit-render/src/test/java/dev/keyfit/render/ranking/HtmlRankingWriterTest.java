package dev.keyfit.render.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** DOM checks of the HTML ranking: sorting markup, CSP, links, duplicates, the posting's name. */
class HtmlRankingWriterTest {

  static Ranking ranking() {
    List<FileOutcome> outcomes =
        List.of(
            new FileOutcome.Analyzed(Path.of("a/cv.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Analyzed(Path.of("b/copy of cv.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Failed(Path.of("broken.docx"), "CORRUPT", "damaged file"));
    Map<Path, String> hashes =
        Map.of(Path.of("a/cv.pdf"), "ab12", Path.of("b/copy of cv.pdf"), "ab12");
    return Ranking.of(outcomes, hashes, null, true);
  }

  static String html(Ranking ranking, RankingWriter.Context context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RankingWriter.forFormat(RankingWriter.Format.HTML).write(ranking, context, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static final RankingWriter.Context WITH_REPORTS =
      new RankingWriter.Context(
          "Senior TPM (tpm-posting.txt)",
          Map.of(
              "a/cv.pdf",
              List.of(
                  new RankingWriter.Link("html", "reports/a_cv.pdf-1a2b3c4d.html"),
                  new RankingWriter.Link("pdf", "reports/a_cv.pdf-1a2b3c4d.pdf")),
              "b/copy of cv.pdf",
              List.of(new RankingWriter.Link("html", "reports/b_copy_of_cv.pdf-9f8e7d6c.html"))));

  @Test
  void everySortableHeaderSaysHowItSortsAndTheRankStartsAscending() throws IOException {
    Document doc = Jsoup.parse(html(ranking(), RankingWriter.Context.NONE));
    List<Element> heads = doc.select("table#ranking thead th");
    assertEquals("Rank", heads.get(0).text());
    assertEquals("ascending", heads.get(0).attr("aria-sort"), "the page opens in rank order");
    assertTrue(
        heads.stream().filter(h -> h.hasAttr("data-sort")).count() >= 6,
        "rank, file, score, fit, role scores, terms sort");
    assertEquals("number", doc.selectFirst("th:contains(Match %)").attr("data-sort"));
    assertEquals("descending", doc.selectFirst("th:contains(Match %)").attr("data-first"));
    for (Element row : doc.select("table#ranking tbody tr")) {
      assertEquals(heads.size(), row.select("td").size(), "one cell per column");
      assertTrue(row.hasAttr("data-order"), "rows remember the ranking order");
    }
    Element failed = doc.selectFirst("tr.failed");
    assertEquals("", failed.selectFirst("td.rank").attr("data-value"), "failed rows sort last");
    assertTrue(failed.text().contains("CORRUPT") && failed.text().contains("damaged file"));
  }

  @Test
  void theOnlyScriptIsAllowedByItsHashAndNothingRemoteIs() throws IOException {
    String page = html(ranking(), RankingWriter.Context.NONE);
    Document doc = Jsoup.parse(page);
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none';"), csp);
    assertFalse(csp.contains("unsafe-inline';") && csp.contains("script-src 'unsafe-inline'"));
    assertEquals(1, doc.select("script").size());
    assertTrue(doc.select("script[src], link[href], img[src], iframe").isEmpty(), "nothing remote");
    Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertTrue(m.find());
    String hash = "sha256-" + HtmlRankingWriter.sha256Base64(m.group(1));
    assertTrue(csp.contains("script-src '" + hash + "'"), "the CSP allows exactly this script");
    assertTrue(
        doc.select("[onclick], [onload]").isEmpty(), "no inline handlers (CSP forbids them)");
  }

  @Test
  void reportLinksAppearOnlyWhenTheBatchWroteReports() throws IOException {
    Document without = Jsoup.parse(html(ranking(), RankingWriter.Context.NONE));
    assertTrue(without.select("table#ranking a").isEmpty(), "no --reports: no links");

    Document with = Jsoup.parse(html(ranking(), WITH_REPORTS));
    Element first = with.selectFirst("td.file a");
    assertEquals("reports/a_cv.pdf-1a2b3c4d.html", first.attr("href"), "the name opens HTML");
    assertEquals("a/cv.pdf", first.text());
    assertEquals(
        List.of("HTML", "PDF"),
        with.select("p.links a").eachText(),
        "every format written, listed when there are several");
    assertTrue(with.selectFirst("tr.failed").select("a").isEmpty(), "a failed file has no report");
  }

  @Test
  void duplicatesAreFlaggedWithTheFileTheyRepeat() throws IOException {
    Document doc = Jsoup.parse(html(ranking(), RankingWriter.Context.NONE));
    List<Element> dups = doc.select("tr[data-duplicate]");
    assertEquals(2, dups.size());
    assertEquals("duplicate", dups.get(0).selectFirst(".tag-dup").text());
    assertEquals("Same content as b/copy of cv.pdf", dups.get(0).selectFirst("p.dup").text());
    assertEquals("Same content as a/cv.pdf", dups.get(1).selectFirst("p.dup").text());
    assertTrue(doc.selectFirst("tr.failed").select(".tag-dup").isEmpty());
    assertTrue(doc.selectFirst(".masthead").text().contains("2 with the same content"));
  }

  @Test
  void thePostingIsNamedInTitleHeadingAndSummary() throws IOException {
    Document doc = Jsoup.parse(html(ranking(), WITH_REPORTS));
    assertEquals("Resume ranking — Senior TPM (tpm-posting.txt)", doc.title());
    assertEquals("Resume ranking for Senior TPM (tpm-posting.txt)", doc.selectFirst("h1").text());
    assertTrue(doc.selectFirst(".posting-name").text().contains("aim for 75%+"));

    Document none = Jsoup.parse(html(ranking(), RankingWriter.Context.NONE));
    assertEquals("Resume ranking", none.title());
    assertTrue(none.select(".posting-name").isEmpty());
  }

  @Test
  void aHostilePostingNameIsEscaped() throws IOException {
    String page =
        html(ranking(), new RankingWriter.Context("<img src=x onerror=alert(1)>\u0007", Map.of()));
    assertFalse(page.contains("<img"));
    assertFalse(page.contains("\u0007"));
  }
}
