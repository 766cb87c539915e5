package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch guard hashes each file's bytes; the ranking flags files with the same content. */
class RankingDuplicatesTest {

  @TempDir Path dir;

  private static final String RESUME = "Jane Doe\nProject Manager\n- Managed a budget of $2M\n";

  @Test
  void filesWithTheSameBytesAreFlaggedWhateverTheirNames() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a.txt"), RESUME);
    Files.writeString(dir.resolve("b/copy.txt"), RESUME);
    Files.writeString(dir.resolve("other.txt"), RESUME + "- Ran a PMO\n");
    Files.write(dir.resolve("x.pdf"), "%PDF-1.4 broken".getBytes());
    Files.write(dir.resolve("y.pdf"), "%PDF-1.4 broken".getBytes());
    Keyfit keyfit = TestKeyfit.standard();
    BatchRunner runner =
        new BatchRunner(
            f -> keyfit.analyze(f, AnalysisOptions.defaults()),
            new BatchRunner.Settings(1, Duration.ofSeconds(30), 2, 1 << 20, false));
    List<Path> files =
        List.of("a.txt", "b/copy.txt", "other.txt", "x.pdf", "y.pdf").stream()
            .map(Path::of)
            .toList();

    BatchRunner.Result result = runner.run(dir, files, o -> {});
    Ranking ranking = Ranking.of(result.outcomes(), result.contentHashes(), null, false);

    Map<String, Ranking.Row> rows =
        ranking.rows().stream().collect(Collectors.toMap(Ranking.Row::source, Function.identity()));
    assertEquals(List.of("b/copy.txt"), rows.get("a.txt").sameContent());
    assertEquals(List.of("a.txt"), rows.get("b/copy.txt").sameContent());
    assertEquals(rows.get("a.txt").contentHash(), rows.get("b/copy.txt").contentHash());
    assertEquals(64, rows.get("a.txt").contentHash().length(), "a SHA-256 in hex");
    assertFalse(rows.get("other.txt").duplicate(), "one more line: not the same content");
    assertFalse(rows.get("x.pdf").ok(), "a damaged PDF fails");
    assertTrue(rows.get("x.pdf").duplicate(), "failed files with the same bytes are flagged too");
    assertEquals(List.of("x.pdf"), rows.get("y.pdf").sameContent());
  }

  @Test
  void filesRefusedUnopenedHaveNoHashAndAreNeverDuplicates() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "");
    Files.writeString(dir.resolve("b.txt"), "");
    BatchRunner runner =
        new BatchRunner(
            f -> {
              throw new AssertionError("never analyzed");
            },
            new BatchRunner.Settings(1, Duration.ofSeconds(5), 2, 1 << 20, false));

    BatchRunner.Result result =
        runner.run(dir, List.of(Path.of("a.txt"), Path.of("b.txt")), o -> {});
    Ranking ranking = Ranking.of(result.outcomes(), result.contentHashes(), null, false);

    assertTrue(
        result.contentHashes().isEmpty(), "empty files are refused before the guard reads them");
    assertTrue(ranking.rows().stream().noneMatch(Ranking.Row::duplicate));
    assertTrue(ranking.rows().stream().allMatch(r -> r.contentHash().isEmpty()));
  }
}
