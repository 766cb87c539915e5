package dev.keyfit.keywords;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/** The YAML shapes of the dictionary files, as Jackson reads them; unknown fields are errors. */
final class RawFiles {
  private RawFiles() {}

  record TermFile(String category, List<RawTerm> terms) {}

  record RawTerm(
      String id,
      String name,
      List<String> aliases,
      Boolean caseSensitive,
      Map<String, Integer> weight,
      RawGuard guard,
      List<String> statements,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> family,
      RawMatch match) {}

  /** {@code match:} of a term: one mode for all forms, or forms listed under a mode. */
  record RawMatch(
      String mode,
      List<String> stem,
      List<String> exact,
      @com.fasterxml.jackson.annotation.JsonProperty("case") List<String> cased,
      List<String> verb) {}

  record RawGuard(
      List<String> aliases,
      List<String> context,
      List<String> sections,
      List<String> notAfter,
      List<String> notBefore,
      List<String> notPos,
      List<String> notNear,
      List<String> notWritten) {}

  record RoleFile(
      String role,
      String name,
      String summary,
      Map<String, RawWeighting> categories,
      List<String> signals,
      RawCore core,
      RawHistory history) {}

  record RawHistory(
      List<String> titles,
      List<String> relatedTitles,
      Double fullYears,
      Integer weight,
      Integer coreCredit,
      Double withoutTitle) {}

  record RawCore(List<String> categories, Integer coverage) {}

  record RawWeighting(Integer weight, Double target) {}

  record ActionVerbsFile(Map<String, List<String>> verbs) {}

  record WeakOpenersFile(List<WordLists.WeakOpener> openers) {}

  record ClichesFile(List<WordLists.Cliche> phrases) {}

  /**
   * {@code lists/section-headings.yaml}: the headings that open each section, and the subheadings
   * that, under a section, label part of one of its entries.
   */
  record HeadingsFile(Map<String, List<String>> sections, Map<String, List<String>> subheadings) {}

  /** {@code lists/word-sets.yaml}: named word lists a guard refers to as {@code @name}. */
  record WordSetsFile(Map<String, List<String>> sets) {}

  /** {@code lists/stop-words.yaml}: words no alias may be alone (used by validation only). */
  record StopWordsFile(List<String> words) {}
}
