package dev.keyfit.server;

import dev.keyfit.batch.Ranking;
import dev.keyfit.render.ranking.RankingWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A batch ranking as an Excel workbook (POI's XSSF): the columns and cells every tabular ranking
 * shares ({@link RankingWriter#header}, {@link RankingWriter#cells}), numbers as numbers, every
 * other cell as text (never a formula, whatever a file name starts with), the header frozen.
 */
final class XlsxRanking implements RankingWriter {

  private static final Set<String> NUMERIC =
      Set.of("rank", "score", "pm_score", "tpm_score", "matched_terms");

  @Override
  public void write(Ranking ranking, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Ranking");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<String> header = RankingWriter.header(ranking);
      Row top = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = top.createCell(c);
        cell.setCellValue(RankingWriter.title(header.get(c)));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(
            c,
            256
                * (header.get(c).equals("file")
                    ? 36
                    : header.get(c).equals("top_missing") || header.get(c).equals("reason")
                        ? 48
                        : 12));
      }
      int r = 1;
      for (Ranking.Row row : ranking.rows()) {
        List<String> cells = RankingWriter.cells(row);
        Row line = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          String value = cells.get(c);
          Cell cell = line.createCell(c);
          if (NUMERIC.contains(header.get(c)) && value.matches("-?\\d+")) {
            cell.setCellValue(Integer.parseInt(value));
          } else {
            cell.setCellValue(value);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
    }
    out.flush();
  }
}
