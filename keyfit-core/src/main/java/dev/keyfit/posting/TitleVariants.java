package dev.keyfit.posting;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a resume shows a posting's job title or a close variant. Seniority and level words
 * are dropped ("Senior", "II"), "program" and "project" count as one, common abbreviations are
 * spelled out (TPM, PM, Mgr), and what follows a comma is the domain, not the title ("Project
 * Manager, Construction"); the remaining words must appear in order on one line.
 */
public final class TitleVariants {

  private static final Set<String> LEVELS =
      Set.of(
          "senior",
          "sr",
          "junior",
          "jr",
          "lead",
          "principal",
          "staff",
          "associate",
          "chief",
          "global",
          "i",
          "ii",
          "iii",
          "iv",
          "1",
          "2",
          "3",
          "remote",
          "hybrid",
          "contract",
          "interim");
  private static final Map<String, List<String>> SPELLED =
      Map.of(
          "tpm", List.of("technical", "project", "manager"),
          "pm", List.of("project", "manager"),
          "mgr", List.of("manager"),
          "program", List.of("project"),
          "programme", List.of("project"));

  private TitleVariants() {}

  /** True when a line of the resume shows the title's core words in order. */
  public static boolean shownIn(String title, AnnotatedResume resume) {
    List<String> core = words(title.split(",")[0]);
    if (core.isEmpty()) {
      return false;
    }
    for (ResumeLine line : resume.lines()) {
      if (Collections.indexOfSubList(words(line.content()), core) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words, levels dropped, abbreviations spelled out. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !LEVELS.contains(w)) {
        out.addAll(SPELLED.getOrDefault(w, List.of(w)));
      }
    }
    return out;
  }
}
