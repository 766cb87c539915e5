package dev.keyfit.cli.io;

import dev.keyfit.batch.Ranking;
import dev.keyfit.render.ranking.RankingWriter;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * A compact ranking table for the terminal (no -o): rank, score, best fit, file, or the failure. In
 * colour when asked (a terminal without --no-color or NO_COLOR), like scan: the score in its band's
 * colour (green from the target, yellow from 40, red below), failures in red, duplicate files
 * flagged in yellow; the columns line up the same either way.
 */
public final class TableRankingWriter {

  private TableRankingWriter() {}

  /** Prints the table without colour; {@code safe} makes untrusted names safe for a terminal. */
  public static void print(Ranking ranking, PrintWriter out, UnaryOperator<String> safe) {
    print(ranking, out, safe, false);
  }

  /** Prints the table, in colour when {@code color}. */
  public static void print(
      Ranking ranking, PrintWriter out, UnaryOperator<String> safe, boolean color) {
    out.println(
        paint(
            color,
            "1",
            String.format(
                "%4s  %5s  %-8s  %s",
                "RANK", ranking.byPosting() ? "MATCH" : "SCORE", "FIT", "FILE")));
    for (Ranking.Row row : ranking.rows()) {
      String dup =
          row.duplicate()
              ? " "
                  + paint(
                      color,
                      "33",
                      "[same content as " + safe.apply(String.join(", ", row.sameContent())) + "]")
              : "";
      if (row.ok()) {
        String score = String.format("%5d", row.score());
        out.println(
            String.format("%4d  ", row.rank())
                + paint(color, code(RankingWriter.band(row.score(), ranking.byPosting())), score)
                + String.format("  %-8s  ", row.bestFit())
                + safe.apply(row.source())
                + dup);
      } else {
        out.println(
            String.format("%4s  %5s  %-8s  ", "-", "-", "-")
                + safe.apply(row.source())
                + " "
                + paint(color, "31", "(" + row.status() + ")")
                + dup);
      }
    }
    out.flush();
  }

  private static String code(String band) {
    return switch (band) {
      case "strong" -> "32";
      case "fair" -> "33";
      default -> "31";
    };
  }

  private static String paint(boolean color, String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
