package dev.keyfit.cli.io;

import dev.keyfit.batch.Ranking;
import java.io.PrintWriter;

/**
 * A compact ranking table for the terminal (no -o): rank, score, best fit, file, or the failure.
 */
public final class TableRankingWriter {

  private TableRankingWriter() {}

  /** Prints the table; {@code safe} makes untrusted names safe for a terminal. */
  public static void print(
      Ranking ranking, PrintWriter out, java.util.function.UnaryOperator<String> safe) {
    out.printf(
        "%4s  %5s  %-8s  %s%n", "RANK", ranking.byPosting() ? "MATCH" : "SCORE", "FIT", "FILE");
    for (Ranking.Row row : ranking.rows()) {
      if (row.ok()) {
        out.printf(
            "%4d  %5d  %-8s  %s%n",
            row.rank(), row.score(), row.bestFit(), safe.apply(row.source()));
      } else {
        out.printf(
            "%4s  %5s  %-8s  %s (%s)%n", "-", "-", "-", safe.apply(row.source()), row.status());
      }
    }
    out.flush();
  }
}
