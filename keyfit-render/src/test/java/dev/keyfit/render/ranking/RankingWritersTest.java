package dev.keyfit.render.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RankingWritersTest {

  private static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"x\")",
          "+1 555",
          "-2+3",
          "@SUM(A1)",
          "\tcmd",
          "\rcmd",
          "＝1+1",
          "<script>alert(1)</script>.pdf");

  private static Ranking ranking() {
    List<FileOutcome> outcomes =
        HOSTILE.stream()
            .<FileOutcome>map(n -> new FileOutcome.Failed(Path.of(n), "CORRUPT", n))
            .toList();
    return Ranking.of(outcomes, null, false);
  }

  private static String write(RankingWriter.Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RankingWriter.forFormat(format).write(ranking(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvNeutralisesFormulaCellsAndRoundTrips() throws IOException {
    String csv = write(RankingWriter.Format.CSV);
    List<CSVRecord> records =
        CSVParser.parse(new StringReader(csv), CsvRankingWriter.FORMAT).getRecords();
    assertEquals(HOSTILE.size() + 1, records.size());
    List<String> files = records.subList(1, records.size()).stream().map(r -> r.get(1)).toList();
    List<String> sorted = HOSTILE.stream().sorted().toList();
    for (int i = 0; i < sorted.size(); i++) {
      String original = sorted.get(i);
      boolean formula = "=+-@\t\r＝".indexOf(original.charAt(0)) >= 0;
      assertEquals(formula ? "'" + original : original, files.get(i));
    }
    assertTrue(csv.contains("\r\n"), "RFC 4180 rows end with CRLF");
  }

  @Test
  void htmlAndMarkdownEscapeFileNames() throws IOException {
    String html = write(RankingWriter.Format.HTML);
    assertEquals(1, html.split("<script>", -1).length - 1, "only the page's own sorting script");
    assertFalse(html.contains("<script>alert"));
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("Content-Security-Policy"));
    String md = write(RankingWriter.Format.MARKDOWN);
    assertFalse(md.contains("<script>"));
  }

  @Test
  void jsonListsErrorEntriesWithSourceErrorAndStatus() throws IOException {
    String json = write(RankingWriter.Format.JSON);
    assertTrue(json.contains("\"status\" : \"CORRUPT\""), json);
    assertTrue(json.contains("\"path\" : \"+1 555\""), json);
    assertTrue(json.contains("\"error\" : \"+1 555\""), json);
  }

  /** One type per field: a failure row's fields have the same JSON types as an analyzed row's. */
  @Test
  void aFailureRowHasTheSameSourceShapeAsAnAnalyzedRow() throws IOException {
    Ranking ranking =
        Ranking.of(
            List.of(
                new FileOutcome.Analyzed(
                    Path.of("a/cv.pdf"), dev.keyfit.report.ReportFixtures.withJobMatch()),
                new FileOutcome.Failed(Path.of("b/broken.pdf"), "CORRUPT", "damaged file")),
            java.util.Map.of(Path.of("a/cv.pdf"), "ab12"),
            null,
            false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RankingWriter.forFormat(RankingWriter.Format.JSON).write(ranking, out);
    com.fasterxml.jackson.databind.JsonNode list =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray());
    com.fasterxml.jackson.databind.JsonNode ok = list.get(0);
    com.fasterxml.jackson.databind.JsonNode failed = list.get(1);

    assertEquals(shape(ok.get("source")), shape(failed.get("source")));
    assertEquals("b/broken.pdf", failed.get("source").get("path").asText());
    assertEquals("broken.pdf", failed.get("source").get("file").asText());
    assertEquals("pdf", failed.get("source").get("format").asText(), "told by the name");
    assertEquals(0, failed.get("source").get("pages").asInt());
    for (String common : List.of("source", "contentHash", "sameContent")) {
      assertEquals(
          ok.get(common).getNodeType(), failed.get(common).getNodeType(), common + " has one type");
    }
    assertEquals("ab12", ok.get("contentHash").asText());
    assertEquals("", failed.get("contentHash").asText(), "not read: no hash");
    assertTrue(failed.get("error").isTextual() && failed.get("status").isTextual());
    assertFalse(ok.has("reports"), "no --reports: no reports field");
  }

  /** Every field path of a JSON object with its node type, e.g. "layout.images:NUMBER". */
  private static java.util.SortedSet<String> shape(com.fasterxml.jackson.databind.JsonNode node) {
    java.util.SortedSet<String> fields = new java.util.TreeSet<>();
    node.fields()
        .forEachRemaining(
            e -> {
              fields.add(e.getKey() + ":" + e.getValue().getNodeType());
              if (e.getValue().isObject()) {
                shape(e.getValue()).forEach(f -> fields.add(e.getKey() + "." + f));
              }
            });
    return fields;
  }
}
