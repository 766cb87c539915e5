package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.keyfit.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden input rendered in every format, compared with its expected file (the PDF by the text
 * PDFBox extracts from it). Regenerate deliberately with {@code -Dkeyfit.updateGolden=true}.
 */
class GoldenReportTest {

  static Stream<Arguments> cases() {
    List<String> names = new ArrayList<>(GoldenFiles.inputs());
    names.add("jobmatch-fixture");
    names.add(GoldenFiles.SAMPLE);
    List<Arguments> cases = new ArrayList<>();
    for (String name : names) {
      for (ReportFormat format :
          List.of(
              ReportFormat.TEXT,
              ReportFormat.JSON,
              ReportFormat.MARKDOWN,
              ReportFormat.HTML,
              ReportFormat.PDF)) {
        cases.add(Arguments.of(name, format));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void reportMatchesGolden(String name, ReportFormat format) throws Exception {
    byte[] bytes = GoldenFiles.render(GoldenFiles.report(name), format);
    if (format == ReportFormat.PDF) {
      GoldenFiles.check(name + ".expected.pdf.txt", GoldenFiles.pdfText(bytes));
    } else {
      GoldenFiles.check(
          name + ".expected." + format.extension(), new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void reportIsByteIdenticalAcrossRuns(String name, ReportFormat format) {
    byte[] first = GoldenFiles.render(GoldenFiles.report(name), format);
    byte[] second = GoldenFiles.render(GoldenFiles.report(name), format);
    assertArrayEquals(first, second);
  }
}
