package dev.keyfit.render.ranking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ranking as JSON: a list in ranking order of report trees (the single-file contract, with
 * {@code source.path} the relative path and {@code rank}, {@code score} added) followed by error
 * entries {@code {source, error, status}}. Every field has one type in every row: an error entry's
 * {@code source} is the same object as a report's (file, format, pages, words, layout, path), with
 * the format told by the file name and zero counts, since the file could not be read. Every row
 * also has {@code contentHash} (SHA-256 of the bytes, "" when not read) and {@code sameContent}
 * (the other files with those bytes), and {@code reports} (links relative to the ranking file) when
 * the batch wrote reports.
 */
final class JsonRankingWriter implements RankingWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    write(ranking, Context.NONE, out);
  }

  @Override
  public void write(Ranking ranking, Context context, OutputStream out) throws IOException {
    ArrayNode list = F.arrayNode();
    for (Ranking.Row row : ranking.rows()) {
      ObjectNode entry;
      if (row.ok()) {
        entry = JsonReport.tree(row.report());
        ((ObjectNode) entry.get("source")).put("path", row.source());
        entry.put("rank", row.rank());
        entry.put("score", row.score());
        list.add(entry);
      } else {
        entry = list.addObject();
        entry.set("source", unreadSource(row.source()));
        entry.put("error", row.reason());
        entry.put("status", row.status());
      }
      entry.put("contentHash", row.contentHash());
      ArrayNode same = entry.putArray("sameContent");
      row.sameContent().forEach(same::add);
      if (!context.reports().isEmpty()) {
        ArrayNode reports = entry.putArray("reports");
        for (Link link : context.links(row.source())) {
          reports.addObject().put("format", link.format()).put("href", link.href());
        }
      }
    }
    out.write(JsonReport.text(list).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** A report's {@code source} object for a file that could not be read. */
  static ObjectNode unreadSource(String path) {
    ObjectNode node = F.objectNode();
    int slash = path.lastIndexOf('/');
    String file = path.substring(slash + 1);
    node.put("file", file);
    node.put("format", formatByName(file));
    node.put("pages", 0);
    node.put("words", 0);
    ObjectNode layout = node.putObject("layout");
    for (String count :
        new String[] {
          "images", "textlessPages", "multiColumnPages", "tables", "textBoxes", "unusualCharacters"
        }) {
      layout.put(count, 0);
    }
    layout.putArray("notes");
    node.put("path", path);
    return node;
  }

  /** The format a file's name suggests, as a report names formats; "unknown" when none fits. */
  static String formatByName(String fileName) {
    return DocumentFormat.fromExtension(FolderWalker.extension(fileName))
        .orElse(DocumentFormat.UNKNOWN)
        .id();
  }
}
