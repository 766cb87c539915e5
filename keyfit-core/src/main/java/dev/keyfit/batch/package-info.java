/**
 * Batch analysis of a folder of resumes: walking the folder safely ({@link
 * dev.keyfit.batch.FolderWalker}), analyzing files in parallel with a per-file guard ({@link
 * dev.keyfit.batch.BatchRunner}), ranking the results deterministically ({@link
 * dev.keyfit.batch.Ranking}); the ranking is written by the renderers of {@code keyfit-render}.
 *
 * <p>Files are analyzed in-process by default, each under a {@link dev.keyfit.batch.MemoryBudget}
 * share of the heap; {@link dev.keyfit.batch.WorkerPool} runs the per-file work in child JVMs
 * instead ({@code --isolate}): extraction alone ({@link dev.keyfit.batch.ExtractionWorker}) or a
 * tool's whole pipeline, over {@link dev.keyfit.batch.WorkerProtocol} one JSON line at a time, so
 * that a file stalled in any stage can be killed and a crash or out-of-memory loses one file.
 *
 * <p>Every file ends as exactly one {@link dev.keyfit.batch.FileOutcome}; nothing a parser throws
 * stops the batch. Output never depends on thread timing: outcomes are sorted before they are
 * written.
 */
package dev.keyfit.batch;
