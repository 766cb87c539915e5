/**
 * Writers of a batch {@link dev.keyfit.batch.Ranking}: CSV (formula-neutralised), JSON, Markdown
 * and HTML, one per {@link dev.keyfit.render.ranking.RankingWriter.Format}.
 */
package dev.keyfit.render.ranking;
