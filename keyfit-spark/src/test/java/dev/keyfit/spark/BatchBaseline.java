package dev.keyfit.spark;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.posting.JobPosting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code keyfit batch DIR [--jd FILE] [--max-file-size N]} in-process, step by step as its
 * BatchCommand does them: the folder walk (the posting excluded), the per-file guard, the ranking.
 */
final class BatchBaseline {

  private BatchBaseline() {}

  static Ranking rank(Keyfit keyfit, Path folder, Path posting, long maxFileBytes)
      throws Exception {
    AnalysisOptions options =
        AnalysisOptions.defaults()
            .withLimits(
                new ExtractionLimits(
                    maxFileBytes,
                    ExtractionLimits.DEFAULT.maxPages(),
                    ExtractionLimits.DEFAULT.maxChars()));
    JobPosting jp = posting == null ? null : keyfit.readPosting(posting, options);
    FolderWalker.Walk walk =
        FolderWalker.walk(
            folder,
            new FolderWalker.Settings(
                true,
                List.of(),
                List.of(),
                posting == null ? List.of() : List.of(posting.toRealPath())));
    BatchRunner runner =
        new BatchRunner(
            file -> keyfit.analyze(file, options.withPosting(jp)),
            new BatchRunner.Settings(2, Duration.ofSeconds(60), 2, maxFileBytes, false));
    BatchRunner.Result result = runner.run(walk.root(), walk.files(), o -> {});
    return Ranking.of(result.outcomes(), result.contentHashes(), null, posting != null);
  }
}
