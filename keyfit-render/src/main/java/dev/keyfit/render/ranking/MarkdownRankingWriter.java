package dev.keyfit.render.ranking;

import dev.keyfit.batch.Ranking;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ranking as a Markdown table; every cell escaped so that file names cannot inject markup. */
final class MarkdownRankingWriter implements RankingWriter {

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder(RankingWriter.MARKDOWN_TITLE + "\n");
    b.append(ranking.analyzed().size())
        .append(" analyzed, ")
        .append(ranking.failed().size())
        .append(" could not be analyzed")
        .append(ranking.byPosting() ? "; ranked by job-posting match" : "; ranked by role score")
        .append(".\n\n");
    List<String> header = RankingWriter.header(ranking);
    b.append('|');
    header.forEach(h -> b.append(' ').append(RankingWriter.title(h)).append(" |"));
    b.append("\n|");
    header.forEach(h -> b.append("---|"));
    b.append('\n');
    for (Ranking.Row row : ranking.rows()) {
      b.append('|');
      RankingWriter.cells(row).forEach(c -> b.append(' ').append(escape(c)).append(" |"));
      b.append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** HTML-escapes and backslash-escapes Markdown metacharacters; newlines become spaces. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\n', '\r' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '+', '-', '!', '|' ->
            b.append('\\').append(c);
        default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }
}
