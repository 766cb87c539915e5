package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document format is declared in one place, {@link DocumentFormat}: its constant names its
 * extractor and its detection rule, so adding a format touches the extractor class, the constant
 * and the report schema's {@code format} list (kept equal here), three main files.
 */
class DocumentFormatTest {

  @Test
  void everyReadableFormatNamesItsOwnExtractorAndARule() {
    for (DocumentFormat f : DocumentFormat.readable()) {
      Extractor extractor = f.newExtractor().orElseThrow(() -> new AssertionError(f + " reader"));
      assertEquals(f, extractor.format(), f + "'s extractor reads another format");
      assertFalse(f.names().isEmpty(), f + " has no name for people");
      assertFalse(f.extensions().isEmpty(), f + " has no extension");
      assertFalse(f.description().isBlank(), f + " has no description");
      assertTrue(f.rule() != FormatDetector.Rule.NONE, f + " has no detection rule");
    }
    assertTrue(DocumentFormat.UNKNOWN.newExtractor().isEmpty());
  }

  @Test
  void theStandardExtractorsReadEveryReadableFormat() {
    assertEquals(java.util.Set.copyOf(DocumentFormat.readable()), Extractors.standard().formats());
  }

  @Test
  void contentRulesAreTriedBeforeTextRules() {
    List<DocumentFormat> order = DocumentFormat.byPrecedence();
    int lastByContent = -1;
    int firstText = order.size();
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).recognisedByContent()) {
        lastByContent = i;
      } else {
        firstText = Math.min(firstText, i);
      }
    }
    assertTrue(lastByContent < firstText, order.toString());
    assertEquals(DocumentFormat.TEXT, order.get(order.size() - 1), "plain text is the fallback");
  }

  @Test
  void theReportSchemaListsEveryFormatId() throws Exception {
    JsonNode schema;
    try (InputStream in =
        getClass().getResourceAsStream("/dev/keyfit/report/keyfit-report.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    List<String> listed = new ArrayList<>();
    schema
        .at("/properties/source/properties/format/enum")
        .forEach(node -> listed.add(node.asText()));
    assertEquals(Arrays.stream(DocumentFormat.values()).map(DocumentFormat::id).toList(), listed);
  }
}
