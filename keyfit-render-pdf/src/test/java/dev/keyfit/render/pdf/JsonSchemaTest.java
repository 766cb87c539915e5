package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.report.ReportFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report validates against the JSON Schema shipped in the jar, and the schema is strict. */
class JsonSchemaTest {

  static JsonSchema schema;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        JsonSchemaTest.class.getResourceAsStream("/dev/keyfit/report/keyfit-report.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Stream<String> reports() {
    List<String> names = new ArrayList<>(GoldenFiles.inputs());
    names.add("jobmatch-fixture");
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void reportValidates(String name) throws Exception {
    assertValid(json(GoldenFiles.report(name)));
  }

  @Test
  void reportWithJobMatchValidatesAndHasIt() throws Exception {
    JsonNode json = json(ReportFixtures.withJobMatch());
    assertTrue(json.has("jobMatch"));
    assertEquals(45, json.get("jobMatch").get("matchRate").asInt());
    assertValid(json);
  }

  @Test
  void hostileReportValidates() throws Exception {
    assertValid(json(ReportFixtures.hostile()));
  }

  @Test
  void unknownFieldIsRejected() throws Exception {
    ObjectNode json = (ObjectNode) json(ReportFixtures.withJobMatch());
    json.put("surprise", true);
    assertFalse(schema.validate(json).isEmpty());
  }

  @Test
  void badStatusIsRejected() throws Exception {
    ObjectNode json = (ObjectNode) json(ReportFixtures.withJobMatch());
    ((ObjectNode) json.get("checks").get(0)).put("status", "ok");
    assertFalse(schema.validate(json).isEmpty());
  }

  @Test
  void missingRequiredFieldIsRejected() throws Exception {
    ObjectNode json = (ObjectNode) json(ReportFixtures.withJobMatch());
    json.remove("bestFit");
    assertFalse(schema.validate(json).isEmpty());
  }

  private static JsonNode json(Report report) throws Exception {
    return MAPPER.readTree(
        new String(GoldenFiles.render(report, ReportFormat.JSON), StandardCharsets.UTF_8));
  }

  private static void assertValid(JsonNode json) {
    Set<ValidationMessage> errors = schema.validate(json);
    assertTrue(errors.isEmpty(), () -> "schema violations: " + errors);
  }
}
