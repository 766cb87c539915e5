package dev.keyfit.render.ranking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyfit.batch.Ranking;
import dev.keyfit.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ranking as JSON: a list in ranking order of report trees (the single-file contract, with
 * {@code source.path} the relative path and {@code rank}, {@code score} added) followed by error
 * entries {@code {source, error, status}}.
 */
final class JsonRankingWriter implements RankingWriter {

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Ranking.Row row : ranking.rows()) {
      if (row.ok()) {
        ObjectNode tree = JsonReport.tree(row.report());
        ((ObjectNode) tree.get("source")).put("path", row.source());
        tree.put("rank", row.rank());
        tree.put("score", row.score());
        list.add(tree);
      } else {
        ObjectNode error = list.addObject();
        error.put("source", row.source());
        error.put("error", row.reason());
        error.put("status", row.status());
      }
    }
    out.write(JsonReport.text(list).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
