package dev.keyfit.render.ranking;

import dev.keyfit.batch.Ranking;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The ranking as RFC 4180 CSV (UTF-8, CRLF, every field quoted). Cells that a spreadsheet would run
 * as a formula (starting with {@code = + - @}, their full-width forms, tab, CR or NUL) are prefixed
 * with {@code '} (OWASP CSV injection); file names and extracted terms are untrusted.
 */
final class CsvRankingWriter implements RankingWriter {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(w, FORMAT);
    csv.printRecord(RankingWriter.header(ranking));
    for (Ranking.Row row : ranking.rows()) {
      List<String> cells =
          RankingWriter.cells(row).stream().map(CsvRankingWriter::neutralise).toList();
      csv.printRecord(cells);
    }
    csv.flush();
  }

  /** Prefixes a cell a spreadsheet would evaluate with {@code '}. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean formula =
        c == '='
            || c == '+'
            || c == '-'
            || c == '@'
            || c == '\t'
            || c == '\r'
            || c == '\0'
            || c == '\uFF1D'
            || c == '\uFF0B'
            || c == '\uFF0D'
            || c == '\uFF20';
    return formula ? "'" + cell : cell;
  }
}
