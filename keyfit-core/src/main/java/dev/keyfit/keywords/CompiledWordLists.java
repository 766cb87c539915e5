package dev.keyfit.keywords;

import static dev.keyfit.keywords.CompiledDictionary.strings;

import dev.keyfit.nlp.Section;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link WordLists} part of {@link CompiledDictionary}'s file: action verbs, weak openers,
 * clichés, section headings and subheadings, in that order (a change here is a change of {@link
 * CompiledDictionary#FORMAT_VERSION}).
 */
final class CompiledWordLists {

  private CompiledWordLists() {}

  static void write(WordLists lists, DataOutputStream out) throws IOException {
    out.writeInt(lists.actionVerbs().size());
    for (var e : lists.actionVerbs().entrySet()) {
      out.writeUTF(e.getKey());
      strings(e.getValue(), out);
    }
    out.writeInt(lists.weakOpeners().size());
    for (WordLists.WeakOpener o : lists.weakOpeners()) {
      out.writeUTF(o.phrase());
      strings(o.suggest(), out);
    }
    out.writeInt(lists.cliches().size());
    for (WordLists.Cliche c : lists.cliches()) {
      out.writeUTF(c.phrase());
      out.writeUTF(c.why());
    }
    headings(lists.sectionHeadings(), out);
    headings(lists.subheadings(), out);
  }

  private static void headings(Map<Section, List<String>> headings, DataOutputStream out)
      throws IOException {
    out.writeInt(headings.size());
    for (var e : headings.entrySet()) {
      out.writeUTF(e.getKey().name());
      strings(e.getValue(), out);
    }
  }

  private static Map<Section, List<String>> headings(DataInputStream in) throws IOException {
    Map<Section, List<String>> headings = new EnumMap<>(Section.class);
    for (int n = in.readInt(); n > 0; n--) {
      headings.put(Section.valueOf(in.readUTF()), strings(in));
    }
    return headings;
  }

  static WordLists read(DataInputStream in) throws IOException {
    Map<String, List<String>> verbs = new LinkedHashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      verbs.put(in.readUTF(), strings(in));
    }
    List<WordLists.WeakOpener> openers = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      openers.add(new WordLists.WeakOpener(in.readUTF(), strings(in)));
    }
    List<WordLists.Cliche> cliches = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      cliches.add(new WordLists.Cliche(in.readUTF(), in.readUTF()));
    }
    Map<Section, List<String>> headings = headings(in);
    return new WordLists(verbs, openers, cliches, headings, headings(in));
  }
}
