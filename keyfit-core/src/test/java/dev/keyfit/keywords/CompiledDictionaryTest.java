package dev.keyfit.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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
  void theCompiledSpellingsAreWhatTheTokenizerGivesAtRunTime() throws Exception {
    Dictionary compiled = CompiledDictionary.read();
    assertNotNull(compiled);
    assertTrue(compiled.spellings().size() > compiled.terms().size());
    dev.keyfit.nlp.WordTokenizer tokenizer = new dev.keyfit.nlp.WordTokenizer();
    Dictionary yaml = DictionaryLoader.fromYaml(); // no table: computed when asked for
    for (Term term : compiled.terms()) {
      List<String> texts = new ArrayList<>(term.forms());
      if (term.guard() != null) {
        texts.addAll(term.guard().context());
      }
      for (String text : texts) {
        List<String> words = tokenizer.words(text).stream().map(w -> w.text()).toList();
        assertEquals(words, compiled.spellings().words(text), text);
        assertEquals(words, yaml.spellings().words(text), text);
        for (String w : words) {
          assertEquals(tokenizer.key(w), compiled.spellings().key(w), w);
          assertEquals(tokenizer.key(w), yaml.spellings().key(w), w);
        }
      }
    }
  }

  @Test
  void wordsOutsideTheTableAreStemmedOnTheSpot() throws Exception {
    Spellings spellings = CompiledDictionary.read().spellings();
    assertEquals(List.of("Zyxwv", "Planning"), spellings.words("Zyxwv Planning"));
    assertEquals("zyxwv", spellings.key("Zyxwv"));
    assertEquals("plan", spellings.key("Planning"));
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

  @Test
  void theHeaderCarriesTheFormatAndTheDictionaryVersion() throws Exception {
    Dictionary yaml = DictionaryLoader.fromYaml();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledDictionary.write(yaml, out);
    CompiledDictionary.Header header =
        CompiledDictionary.header(
            new java.io.DataInputStream(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(CompiledDictionary.FORMAT_VERSION, header.formatVersion());
    assertEquals(yaml.version(), header.dictionaryVersion());
    assertEquals(
        "KFDC", new String(out.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void anotherFormatVersionIsRefusedWithWhatToDo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledDictionary.write(DictionaryLoader.fromYaml(), out);
    byte[] bytes = out.toByteArray();
    bytes[7] = (byte) (CompiledDictionary.FORMAT_VERSION + 1); // the format version's low byte
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class,
            () -> CompiledDictionary.read(new ByteArrayInputStream(bytes)));
    assertTrue(
        e.getMessage().contains("has format " + (CompiledDictionary.FORMAT_VERSION + 1)),
        e.getMessage());
    assertTrue(e.getMessage().contains("rebuild it"), e.getMessage());
  }

  @Test
  void theUnversionedFormatsAreRefusedByName() throws Exception {
    byte[] legacy = "KFD3\u0000\u0001x".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class,
            () -> CompiledDictionary.read(new ByteArrayInputStream(legacy)));
    assertEquals(
        "the compiled dictionary has format 3 and this keyfit reads format "
            + CompiledDictionary.FORMAT_VERSION
            + ": rebuild it from keywords/ (./mvnw package)",
        e.getMessage());
  }
}
