package dev.keyfit.spark;

import dev.keyfit.batch.FileGuard;
import dev.keyfit.batch.FileOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Analyzes the files of one partition on an executor: the batch's resume-file rule, its size cap
 * (files over it become TOO_LARGE rows unread), then each file under a {@link FileGuard} (time
 * limit, any Throwable a status row), so that no file fails its task. Input rows have a {@code
 * path} and optionally a {@code content} (the bytes); without one the size and bytes are read here,
 * only for the files the rule lets through, and the bytes only for files under the cap.
 */
final class PartitionAnalyzer implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final JobSettings settings;
  private final String rootPath;
  private final Broadcast<byte[]> posting;
  private final Broadcast<HadoopFiles> files;
  private final JobCounters counters;

  PartitionAnalyzer(
      JobSettings settings,
      String rootPath,
      Broadcast<byte[]> posting,
      Broadcast<HadoopFiles> files,
      JobCounters counters) {
    this.settings = settings;
    this.rootPath = rootPath;
    this.posting = posting;
    this.files = files;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    if (!input.hasNext()) {
      return List.<Row>of().iterator();
    }
    byte[] postingBytes = posting == null ? null : posting.value();
    String dictionaryVersion = ExecutorState.keyfit(settings.keywordsDir()).dictionary().version();
    FileGuard guard = ExecutorState.borrow(settings, postingBytes);
    TaskContext task = TaskContext.get();
    if (task != null) { // back to the executor's pool when the task ends, however it ends
      task.addTaskCompletionListener(
          (TaskCompletionListener) t -> ExecutorState.release(settings, guard));
    }
    // one file at a time, as Spark pulls rows: a large partition never holds all its rows at once
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && input.hasNext()) {
          next = analyze(guard, input.next(), dictionaryVersion);
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }

  /** The file's row, or null when the rule skips it. */
  private Row analyze(FileGuard guard, Row in, String dictionaryVersion) {
    String path = in.getString(in.fieldIndex("path"));
    String relative = InputPaths.relative(rootPath, path);
    Path rel = Path.of(relative);
    int contentField = fieldIndex(in, "content");
    byte[] content = contentField < 0 || in.isNullAt(contentField) ? null : in.getAs(contentField);
    String skip = ResumeFileRule.skipReason(relative);
    if ("".equals(skip)) {
      try {
        byte[] bytes =
            content != null ? content : files.value().read(path, settings.maxFileBytes());
        skip =
            ResumeFileRule.isResumeByContent(relative, bytes)
                ? null
                : ResumeFileRule.notAResume(relative);
      } catch (IOException | RuntimeException e) {
        skip = ResumeFileRule.notAResume(relative); // the batch's walk does not take it either
      }
    }
    if (skip != null) {
      counters.countSkipped();
      return null;
    }
    FileGuard.Guarded guarded;
    try {
      long length = content != null ? content.length : files.value().length(path);
      FileOutcome.Failed refused = FileGuard.refuseBySize(rel, length, settings.maxFileBytes());
      if (refused != null) {
        guarded = new FileGuard.Guarded(refused, "");
      } else {
        byte[] bytes =
            content != null ? content : files.value().read(path, settings.maxFileBytes());
        guarded = guard.analyze(rel, bytes);
      }
    } catch (IOException | RuntimeException e) {
      guarded = new FileGuard.Guarded(FileGuard.unreadable(rel, e), "");
    }
    counters.count(guarded.outcome());
    return RankingRows.row(guarded.outcome(), guarded.contentHash(), settings, dictionaryVersion);
  }

  private static int fieldIndex(Row row, String name) {
    try {
      return row.fieldIndex(name);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
