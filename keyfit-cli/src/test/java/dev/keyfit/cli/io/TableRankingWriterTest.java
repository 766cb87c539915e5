package dev.keyfit.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.report.ReportFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableRankingWriterTest {

  private static Ranking ranking() {
    return Ranking.of(
        List.of(
            new FileOutcome.Analyzed(Path.of("a.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Analyzed(Path.of("b.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Failed(Path.of("c.docx"), "CORRUPT", "damaged")),
        Map.of(Path.of("a.pdf"), "ab", Path.of("b.pdf"), "ab"),
        null,
        true);
  }

  private static String print(boolean color) {
    StringWriter s = new StringWriter();
    TableRankingWriter.print(ranking(), new PrintWriter(s), t -> t, color);
    return s.toString();
  }

  @Test
  void onATerminalTheScoreTakesItsBandColourAndFailuresAreRed() {
    String table = print(true);
    // the fixture matches the posting at 45%: fair (yellow), below the 75% target
    assertTrue(table.contains("\u001b[33m   45\u001b[0m"), table);
    assertTrue(table.contains("\u001b[31m(CORRUPT)\u001b[0m"), table);
    assertTrue(table.contains("\u001b[33m[same content as b.pdf]\u001b[0m"), table);
    assertTrue(table.startsWith("\u001b[1mRANK"), "a bold header");
  }

  @Test
  void withoutColourTheTableIsPlainAndLinesUpTheSame() {
    String plain = print(false);
    assertFalse(plain.contains("\u001b"), plain);
    assertEquals(plain, print(true).replaceAll("\u001b\\[[0-9;]*m", ""), "colour adds only codes");
    assertTrue(plain.contains("   1     45  tpm       a.pdf [same content as b.pdf]"), plain);
  }
}
