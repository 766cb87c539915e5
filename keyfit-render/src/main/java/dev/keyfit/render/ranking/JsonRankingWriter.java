package dev.keyfit.render.ranking;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.batch.Ranking;
import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.report.JsonReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
  public boolean needsReports() {
    return true;
  }

  @Override
  public void write(Ranking ranking, Context context, OutputStream out) throws IOException {
    // streamed entry by entry (the same bytes as printing the whole list): a row's tree is built,
    // or read back from the batch's spool, only while it is written
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try (JsonGenerator json = JsonReport.prettyGenerator(text)) {
      json.writeStartArray();
      for (Ranking.Row row : ranking.rows()) {
        json.writeTree(entry(row, context));
      }
      json.writeEndArray();
      json.writeRaw('\n');
    }
    text.flush();
  }

  private static ObjectNode entry(Ranking.Row row, Context context) throws IOException {
    ObjectNode entry;
    if (row.ok()) {
      if (row.report() != null) {
        entry = JsonReport.tree(row.report());
        ((ObjectNode) entry.get("source")).put("path", row.source());
      } else {
        entry = context.trees().tree(row.source());
      }
      entry.put("rank", row.rank());
      entry.put("score", row.score());
    } else {
      entry = F.objectNode();
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
    return entry;
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
