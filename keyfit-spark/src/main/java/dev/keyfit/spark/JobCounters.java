package dev.keyfit.spark;

import dev.keyfit.batch.FileOutcome;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters, as Spark accumulators (named, so they show in the Spark UI and the history
 * server): {@code keyfit.analyzed}, {@code keyfit.failed.<STATUS>} per status, {@code
 * keyfit.skipped}. Counted once per file: the analyzed rows are persisted before the ranking is
 * sorted, so a file is analyzed once unless an executor is lost and its tasks rerun.
 */
public final class JobCounters implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LongAccumulator analyzed;
  private final LongAccumulator skipped;
  private final Map<String, LongAccumulator> failed = new LinkedHashMap<>();

  JobCounters(SparkContext sc) {
    analyzed = sc.longAccumulator("keyfit.analyzed");
    skipped = sc.longAccumulator("keyfit.skipped");
    for (FileOutcome.Status s : FileOutcome.Status.values()) {
      failed.put(s.name(), sc.longAccumulator("keyfit.failed." + s.name()));
    }
  }

  void count(FileOutcome outcome) {
    if (outcome instanceof FileOutcome.Analyzed) {
      analyzed.add(1);
    } else if (outcome instanceof FileOutcome.Failed f) {
      LongAccumulator a = failed.get(String.valueOf(f.status()));
      if (a != null) {
        a.add(1);
      }
    }
  }

  void countSkipped() {
    skipped.add(1);
  }

  /** Files analyzed. */
  public long analyzed() {
    return analyzed.value();
  }

  /** Files skipped by the resume-file rule (hidden, lock files, not resumes). */
  public long skipped() {
    return skipped.value();
  }

  /** Files that could not be analyzed, by status, only the statuses seen, in status order. */
  public Map<String, Long> failed() {
    Map<String, Long> m = new LinkedHashMap<>();
    failed.forEach(
        (status, a) -> {
          if (a.value() > 0) {
            m.put(status, a.value());
          }
        });
    return m;
  }

  /** Files that could not be analyzed. */
  public long failedTotal() {
    return failed().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The one-line summary: {@code keyfit: 1998 analyzed, 2 could not be analyzed (CORRUPT 1,
   * ENCRYPTED 1), 3 skipped}.
   */
  public String summary() {
    StringBuilder b =
        new StringBuilder("keyfit: ")
            .append(analyzed())
            .append(" analyzed, ")
            .append(failedTotal())
            .append(" could not be analyzed");
    Map<String, Long> f = failed();
    if (!f.isEmpty()) {
      b.append(" (")
          .append(
              String.join(
                  ", ", f.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
          .append(')');
    }
    return b.append(", ").append(skipped()).append(" skipped").toString();
  }
}
