/**
 * Batch analysis of a folder of resumes: walking the folder safely ({@link
 * dev.keyfit.batch.FolderWalker}), analyzing files in parallel with a per-file guard ({@link
 * dev.keyfit.batch.BatchRunner}), ranking the results deterministically ({@link
 * dev.keyfit.batch.Ranking}) and exporting the ranking ({@link dev.keyfit.batch.RankingWriter}).
 *
 * <p>Every file ends as exactly one {@link dev.keyfit.batch.FileOutcome}; nothing a parser throws
 * stops the batch. Output never depends on thread timing: outcomes are sorted before they are
 * written.
 */
package dev.keyfit.batch;
