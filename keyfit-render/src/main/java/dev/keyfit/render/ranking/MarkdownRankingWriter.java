package dev.keyfit.render.ranking;

import dev.keyfit.batch.Ranking;
import dev.keyfit.render.Safe;
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
      RankingWriter.cells(row).forEach(c -> b.append(' ').append(Safe.markdown(c)).append(" |"));
      b.append('\n');
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
