package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledYamlTest {

  @Test
  void plainScalarsStayTheTextWritten() {
    Map<String, Object> fields = BundledYaml.load("/dev/keyfit/keywords/plain-scalars.yaml");
    assertEquals(
        List.of("no", "on", "off", "yes", "401", "3.5", "null", "~"),
        BundledYaml.strings(fields, "words"));
  }

  @Test
  void namedListsKeepTheFilesOrder() {
    Map<String, Object> fields = BundledYaml.load("/dev/keyfit/keywords/plain-scalars.yaml");
    assertEquals(
        List.of("first", "second"), List.copyOf(BundledYaml.lists(fields, "groups").keySet()));
    assertEquals(List.of("three"), BundledYaml.lists(fields, "groups").get("second"));
  }

  @Test
  void anAbsentListIsEmpty() {
    assertEquals(
        List.of(),
        BundledYaml.strings(
            BundledYaml.load("/dev/keyfit/keywords/plain-scalars.yaml"), "missing"));
  }

  @Test
  void aMissingResourceIsAPackagingError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BundledYaml.load("/no/such.yaml"));
    assertEquals("/no/such.yaml is missing from the jar", e.getMessage());
  }

  /** The posting files read the same as through Jackson's mapper, which read them before. */
  @ParameterizedTest
  @ValueSource(
      strings = {"/keywords/posting/posting-check.yaml", "/keywords/posting/posting-words.yaml"})
  void bundledPostingFilesReadAsJacksonReadsThem(String path) throws Exception {
    Map<String, Object> jackson;
    try (InputStream in = BundledYaml.class.getResourceAsStream(path)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> read = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      jackson = read;
    }
    Map<String, Object> fields = BundledYaml.load(path);
    assertEquals(jackson.keySet(), fields.keySet());
    for (String key : jackson.keySet()) {
      if (jackson.get(key) instanceof Map) {
        assertEquals(jackson.get(key), BundledYaml.lists(fields, key), key);
      } else {
        assertEquals(jackson.get(key), BundledYaml.strings(fields, key), key);
      }
    }
  }
}
