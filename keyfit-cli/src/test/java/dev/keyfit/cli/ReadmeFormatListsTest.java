package dev.keyfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.report.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's format lists and the help's are the enums': document formats ({@link
 * DocumentFormat}), report formats ({@link ReportFormat}) and ranking formats. A format added to an
 * enum and not to the README fails here.
 */
class ReadmeFormatListsTest {

  private static String readme() throws Exception {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theFormatsTableHasOneRowPerDocumentFormat() throws Exception {
    String readme = readme();
    int start = readme.indexOf("## Formats and bad input");
    assertTrue(start >= 0, "README has a Formats and bad input section");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| input ")) {
        rows.add(line.substring(2, line.indexOf(" |", 2)));
      }
    }
    assertEquals(
        DocumentFormat.readable().stream().map(f -> String.join(", ", f.names())).toList(), rows);
  }

  @Test
  void everyDocumentFormatListInTheReadmeIsTheEnums() throws Exception {
    Matcher m = Pattern.compile("PDF, DOCX(?:, [A-Za-z]+)*(?: or [A-Za-z]+)?").matcher(readme());
    int found = 0;
    while (m.find()) {
      found++;
      assertTrue(
          m.group().equals(DocumentFormat.namesList())
              || m.group().equals(DocumentFormat.namesProse()),
          "README lists '" + m.group() + "', the formats are " + DocumentFormat.namesList());
    }
    assertTrue(found >= 3, "README's document format lists not found");
  }

  @Test
  void everyRankingFormatListInTheReadmeIsTheEnums() throws Exception {
    Matcher m =
        Pattern.compile("CSV(?:[/,] ?(?:JSON|Markdown|HTML|PDF|text|TXT))+").matcher(readme());
    List<String> ranking =
        FormatLists.rankingFormats().stream().map(FormatLists::name).collect(Collectors.toList());
    int found = 0;
    while (m.find()) {
      found++;
      List<String> listed =
          Arrays.stream(m.group().split("[/,] ?")).map(s -> s.toLowerCase(Locale.ROOT)).toList();
      assertEquals(ranking, listed, "README: " + m.group());
    }
    assertTrue(found >= 1, "README's ranking format lists not found");
  }

  @Test
  void helpAndErrorsNameTheFormatsTheEnumsHave() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(err), "scan", "--help");
    String reports = "text, json, markdown, html, pdf";
    assertEquals(
        reports,
        FormatLists.reportFormats().stream()
            .map(FormatLists::name)
            .collect(Collectors.joining(", ")));
    assertTrue(out.toString().contains(reports), out.toString());
    assertTrue(out.toString().contains(DocumentFormat.namesList()), out.toString());
    StringWriter batch = new StringWriter();
    Main.run(new PrintWriter(batch), new PrintWriter(err), "batch", "--help");
    assertTrue(batch.toString().contains("csv, json, markdown, html"), batch.toString());
    assertFalse(FormatLists.reportFormats().contains(ReportFormat.CSV), "CSV is a ranking only");
  }
}
