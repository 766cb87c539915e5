package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CompiledDictionaryTest {

  private static void assertSame(Dictionary expected, Dictionary actual) {
    assertEquals(expected.version(), actual.version());
    assertEquals(expected.terms(), actual.terms());
    assertEquals(expected.profiles(), actual.profiles());
    assertEquals(expected.lists(), actual.lists());
  }

  @Test
  void aCompiledDictionaryReadsBackEqualToTheYaml() throws Exception {
    Dictionary yaml = DictionaryLoader.fromYaml();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledDictionary.write(yaml, out);
    assertSame(yaml, CompiledDictionary.read(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void theBuildsCompiledDictionaryIsUpToDateWithTheYaml() throws Exception {
    Dictionary compiled = CompiledDictionary.read();
    assertNotNull(
        compiled, "the build writes keywords/dictionary.bin (exec-maven-plugin, process-classes)");
    assertSame(DictionaryLoader.fromYaml(), compiled);
  }

  @Test
  void compilingIsDeterministic() throws Exception {
    Dictionary yaml = DictionaryLoader.fromYaml();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    CompiledDictionary.write(yaml, a);
    CompiledDictionary.write(DictionaryLoader.fromYaml(), b);
    assertEquals(
        java.util.Arrays.toString(a.toByteArray()), java.util.Arrays.toString(b.toByteArray()));
  }
}
