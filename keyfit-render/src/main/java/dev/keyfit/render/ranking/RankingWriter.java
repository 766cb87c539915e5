package dev.keyfit.render.ranking;

import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.keywords.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a ranking in one format. Implementations are stateless; the stream is flushed, not closed.
 */
public interface RankingWriter {

  /**
   * The first line of a Markdown ranking (a re-run may replace a file under the folder that starts
   * with it).
   */
  String MARKDOWN_TITLE = "# Resume ranking\n";

  void write(Ranking ranking, OutputStream out) throws IOException;

  /**
   * Writes the ranking with what the batch knows beside it (the posting, the reports written);
   * formats that have no place for them ignore the context.
   */
  default void write(Ranking ranking, Context context, OutputStream out) throws IOException {
    write(ranking, out);
  }

  /**
   * What a batch knows beside its ranking.
   *
   * @param posting the job posting's name (its title and file), or "" without {@code --jd}
   * @param reports the per-resume reports written, by the row's source, each as a link relative to
   *     the ranking file; empty without {@code --reports}
   */
  record Context(String posting, java.util.Map<String, List<Link>> reports, ReportTrees trees) {
    /** No posting, no reports. */
    public static final Context NONE = new Context("", java.util.Map.of());

    public Context {
      posting = posting == null ? "" : posting;
      reports = java.util.Map.copyOf(reports);
      trees = trees == null ? ReportTrees.NONE : trees;
    }

    /** A context whose rows keep their reports. */
    public Context(String posting, java.util.Map<String, List<Link>> reports) {
      this(posting, reports, ReportTrees.NONE);
    }

    /** The links of a row's reports, or none. */
    public List<Link> links(String source) {
      return reports.getOrDefault(source, List.of());
    }
  }

  /**
   * The JSON report trees of rows that do not keep their report ({@link Ranking.Row#report} null):
   * a batch spools each tree to disk as its file finishes and the JSON ranking reads them back one
   * at a time, in rank order, so that memory does not grow with the folder.
   */
  @FunctionalInterface
  interface ReportTrees {
    /** No spooled trees: every analyzed row keeps its report. */
    ReportTrees NONE =
        source -> {
          throw new IllegalStateException("no report kept for " + source);
        };

    /**
     * The report tree of an analyzed row, with {@code source.path} set to the row's source.
     *
     * @param source the row's source
     */
    com.fasterxml.jackson.databind.node.ObjectNode tree(String source) throws IOException;
  }

  /**
   * Whether this format writes each resume's whole report (JSON), so that a batch that releases its
   * reports must spool them through {@link Context#trees}.
   */
  default boolean needsReports() {
    return false;
  }

  /**
   * A link to one report of a resume.
   *
   * @param format the report's format, e.g. "html"
   * @param href a relative URL from the ranking file to the report, percent-encoded
   */
  record Link(String format, String href) {}

  /**
   * "strong", "fair" or "weak" for a ranking score: strong from the target (75 for a posting match
   * rate, 70 for a role score, as the reports say), fair from 40.
   */
  static String band(int score, boolean byPosting) {
    return score >= target(byPosting)
        ? "strong"
        : score >= dev.keyfit.score.FitBar.FIT_THRESHOLD ? "fair" : "weak";
  }

  /** The target the reports name: a 75% match rate, or a role score of 70. */
  static int target(boolean byPosting) {
    return byPosting
        ? dev.keyfit.render.ReportTop.MATCH_TARGET
        : dev.keyfit.render.ReportTop.SCORE_TARGET;
  }

  /** The writer for a ranking format: csv, json, markdown or html. */
  static RankingWriter forFormat(Format format) {
    return switch (format) {
      case CSV -> new CsvRankingWriter();
      case JSON -> new JsonRankingWriter();
      case MARKDOWN -> new MarkdownRankingWriter();
      case HTML -> new HtmlRankingWriter();
    };
  }

  /** The ranking formats. */
  enum Format {
    CSV,
    JSON,
    MARKDOWN,
    HTML;

    /** The format a file name implies, or null. */
    public static Format fromFileName(String name) {
      String ext = FolderWalker.extension(name);
      return switch (ext) {
        case "csv" -> CSV;
        case "json" -> JSON;
        case "md", "markdown" -> MARKDOWN;
        case "html", "htm" -> HTML;
        default -> null;
      };
    }
  }

  /** The table columns every tabular format shares, in order. */
  static List<String> header(Ranking ranking) {
    List<String> h = new ArrayList<>(List.of("rank", "file", "status", "score", "best_fit"));
    for (Role role : Role.values()) {
      h.add(role.id() + "_score");
    }
    h.addAll(List.of("matched_terms", "top_missing", "reason"));
    return h;
  }

  /** A row's cells, matching {@link #header}; raw values, to be escaped by the format. */
  static List<String> cells(Ranking.Row row) {
    List<String> c = new ArrayList<>();
    c.add(row.ok() ? Integer.toString(row.rank()) : "");
    c.add(row.source());
    c.add(row.status());
    c.add(row.ok() ? Integer.toString(row.score()) : "");
    c.add(row.bestFit());
    for (Role role : Role.values()) {
      c.add(
          row.roleScores().stream()
              .filter(s -> s.role() == role)
              .findFirst()
              .map(s -> Integer.toString(s.score()))
              .orElse(""));
    }
    c.add(row.ok() ? Integer.toString(row.matched()) : "");
    c.add(String.join("; ", row.missing()));
    c.add(row.reason());
    return c;
  }

  /** "pm" → "PM score" style column titles for human formats. */
  static String title(String column) {
    String t = column.replace("_score", " score").replace('_', ' ');
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
