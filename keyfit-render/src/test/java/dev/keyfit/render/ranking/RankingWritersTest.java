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
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("Content-Security-Policy"));
    String md = write(RankingWriter.Format.MARKDOWN);
    assertFalse(md.contains("<script>"));
  }

  @Test
  void jsonListsErrorEntriesWithSourceErrorAndStatus() throws IOException {
    String json = write(RankingWriter.Format.JSON);
    assertTrue(json.contains("\"status\" : \"CORRUPT\""), json);
    assertTrue(json.contains("\"source\" : \"+1 555\""), json);
  }
}
