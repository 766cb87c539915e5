package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyfit.extract.DocumentFormat;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.WordLists;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins every token's text, POS tag, match key, lemma key, line and sentence on a sample resume, so
 * that speed-ups in the NLP pipeline cannot silently change what is matched. Regenerate the
 * expected file only for an intended change: {@code -Dkeyfit.pin.update=true}.
 */
class PipelineOutputPinTest {

  private static final String EXPECTED = "/dev/keyfit/nlp/pipeline-sample.expected.tsv";

  static String sample() {
    return HostileFiles.RESUME
        + """
        Led cross-functional teams; managing 12 engineers and leading the PMO's roll-out.
        Ran Scrum, SAFe PI planning & Kanban. Drove A/B tests, CI/CD on AWS (EKS), and OKRs.
        Responsible for budgets, vendors' contracts and stakeholders — wrote status reports weekly.
        """;
  }

  static String annotate() {
    WordLists lists = TestKeyfit.dictionary().lists();
    TextPipeline pipeline =
        NlpModels.shared()
            .newPipeline(new SectionDetector(lists.sectionHeadings(), lists.subheadings()));
    String text = sample();
    AnnotatedResume resume =
        pipeline.annotate(
            new ExtractedDocument(
                "sample.txt", DocumentFormat.TEXT, text, LayoutSignals.ofText(text)));
    return resume.tokens().stream()
        .map(
            t ->
                String.join(
                    "\t",
                    t.text(),
                    t.pos(),
                    t.key(),
                    t.lemmaKey(),
                    Integer.toString(t.line()),
                    Integer.toString(t.column()),
                    Integer.toString(t.sentence())))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void tokensTagsAndKeysStayExactlyTheSame() throws IOException {
    String actual = annotate();
    if (Boolean.getBoolean("keyfit.pin.update")) {
      Files.writeString(Path.of("keyfit-core/src/test/resources" + EXPECTED), actual);
    }
    try (InputStream in = getClass().getResourceAsStream(EXPECTED)) {
      String expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual);
    }
  }
}
