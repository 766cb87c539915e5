package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.Ranking;
import dev.keyfit.render.ranking.RankingWriter;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingSpoolTest {

  private static final RankingWriter JSON = RankingWriter.forFormat(RankingWriter.Format.JSON);

  @Test
  void aRankingOfSpooledReportsIsTheSameBytesAsOneThatKeptThem() throws IOException {
    List<FileOutcome.Analyzed> analyzed =
        List.of(
            new FileOutcome.Analyzed(Path.of("a/cv.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Analyzed(Path.of("b/cv \"ü\" 😀.pdf"), ReportFixtures.withJobMatch()),
            new FileOutcome.Analyzed(Path.of("c.docx"), ReportFixtures.hostile()));
    FileOutcome failed = new FileOutcome.Failed(Path.of("d.pdf"), "CORRUPT", "damaged file");
    Map<Path, String> hashes = Map.of(Path.of("a/cv.pdf"), "ab12", Path.of("c.docx"), "ab12");
    List<FileOutcome> kept = new ArrayList<>(analyzed);
    kept.add(failed);
    byte[] expected = write(Ranking.of(kept, hashes, null, true), RankingWriter.Context.NONE);

    try (RankingSpool spool = RankingSpool.create()) {
      List<FileOutcome> released = new ArrayList<>();
      for (FileOutcome.Analyzed a : analyzed) {
        spool.put(a.source(), a.report());
        released.add(new FileOutcome.Ranked(a.relative(), Ranking.summary(a, null, true)));
      }
      released.add(failed);
      byte[] spooled =
          write(
              Ranking.of(released, hashes, null, true),
              new RankingWriter.Context("", Map.of(), spool::tree));
      assertArrayEquals(expected, spooled);
    }
  }

  @Test
  void aReportThatWasNeverSpooledFailsTheRankingInsteadOfBeingLeftOut() {
    Report report = ReportFixtures.hostile();
    try (RankingSpool spool = RankingSpool.create()) {
      FileOutcome.Analyzed a = new FileOutcome.Analyzed(Path.of("a.pdf"), report);
      Ranking ranking =
          Ranking.of(
              List.of(new FileOutcome.Ranked(a.relative(), Ranking.summary(a, null, false))),
              null,
              false);
      assertThrows(
          IOException.class,
          () -> write(ranking, new RankingWriter.Context("", Map.of(), spool::tree)));
    }
  }

  private static byte[] write(Ranking ranking, RankingWriter.Context context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(ranking, context, out);
    return out.toByteArray();
  }
}
