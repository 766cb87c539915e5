package dev.keyfit.advise;

import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.WordLists;
import dev.keyfit.score.JobMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Checks {@code text-extraction}, {@code cliches} and {@code job-title}. */
final class TextChecks {

  private TextChecks() {}

  /** Whether an ATS gets all the text: scanned pages (no OCR here), unreadable glyphs. */
  static Check extraction(LayoutSignals layout) {
    if (layout.textlessPages() > 0) {
      String pages = layout.pages() > 0 ? " of " + layout.pages() : "";
      return Check.fail(
          "text-extraction",
          layout.textlessPages()
              + pages
              + " pages have no extractable text (scanned images); keyfit does not perform OCR, nor do most ATSs.",
          "Export the resume from its editor as a text-based PDF or DOCX.");
    }
    if (layout.unusualCharacters() > 0) {
      return Check.warn(
          "text-extraction",
          layout.unusualCharacters()
              + " characters an ATS may not read (icons, symbol fonts, private-use glyphs).",
          "Replace icons and symbol bullets with plain text and standard bullets.");
    }
    if (!layout.notes().isEmpty()) {
      return Check.warn(
          "text-extraction",
          layout.notes().get(0) + ".",
          "Check that a plain-text copy of the file reads as intended.");
    }
    return Check.pass("text-extraction", "All text could be extracted.");
  }

  /** A space or hyphen between two words of a phrase: written with either, any dash, or none. */
  private static final String JOINER_CHARS = "[\\s\\-\u2010\u2011\u2012\u2013\u2014\u00ad]";

  private static final Pattern JOINER = Pattern.compile(JOINER_CHARS + "+");

  private static final String JOINED = JOINER_CHARS + "*";

  /**
   * Overused phrases from {@code lists/cliches.yaml}, in their common spellings: a phrase's words
   * may be joined by a space, a hyphen (any dash) or nothing, so "hard-working" also finds "hard
   * working" and "hardworking".
   */
  static Check cliches(String text, List<WordLists.Cliche> cliches) {
    String lower = text.toLowerCase(Locale.ROOT);
    // most resumes lack most phrases: a search with the joiners removed rules them out cheaply
    String squeezed = JOINER.matcher(lower).replaceAll("");
    List<WordLists.Cliche> found = new ArrayList<>();
    for (WordLists.Cliche c : cliches) {
      Phrase phrase = PHRASES.computeIfAbsent(c.phrase(), TextChecks::phrase);
      if (squeezed.contains(phrase.squeezed()) && phrase.pattern().matcher(lower).find()) {
        found.add(c);
      }
    }
    if (found.isEmpty()) {
      return Check.pass("cliches", "No clichés found.");
    }
    String named =
        String.join(", ", found.stream().limit(3).map(c -> "'" + c.phrase() + "'").toList())
            + (found.size() > 3 ? " and " + (found.size() - 3) + " more" : "");
    String why = found.get(0).why() == null ? "" : " (" + found.get(0).why() + ")";
    return Check.warn(
        "cliches",
        "Clichés: " + named + why + ".",
        "Replace each with a concrete result that shows the quality.");
  }

  /** A cliché's phrase without its joiners, and the pattern that finds it in lower-case text. */
  private record Phrase(String squeezed, Pattern pattern) {}

  /** The phrases compiled so far, by the phrase as written: each is compiled once per process. */
  private static final Map<String, Phrase> PHRASES = new ConcurrentHashMap<>();

  private static Phrase phrase(String written) {
    String phrase = written.toLowerCase(Locale.ROOT).strip();
    StringBuilder regex = new StringBuilder("(?<![\\p{L}])");
    String[] words = JOINER.split(phrase);
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : JOINED).append(Pattern.quote(words[i]));
    }
    regex.append("(?![\\p{L}])");
    return new Phrase(JOINER.matcher(phrase).replaceAll(""), Pattern.compile(regex.toString()));
  }

  /** Whether the resume shows the posting's job title or a close variant. */
  static Check jobTitle(JobMatch job) {
    if (job.title().isEmpty()) {
      return Check.pass("job-title", "No job title found in the posting to compare.");
    }
    if (job.titleInResume()) {
      return Check.pass("job-title", "The resume shows the posting's title '" + job.title() + "'.");
    }
    return Check.warn(
        "job-title",
        "The posting's title '" + job.title() + "' (or a close variant) is not in the resume.",
        "If it fits your experience, use the title in your headline or summary.");
  }
}
