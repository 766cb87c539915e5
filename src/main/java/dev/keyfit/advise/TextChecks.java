package dev.keyfit.advise;

import dev.keyfit.extract.LayoutSignals;
import dev.keyfit.keywords.WordLists;
import dev.keyfit.score.JobMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks {@code text-extraction}, {@code cliches} and {@code job-title}. */
final class TextChecks {

  private TextChecks() {}

  /** Whether an ATS gets all the text: scanned pages (no OCR here), unreadable glyphs. */
  static Check extraction(LayoutSignals layout) {
    if (layout.textlessPages() > 0) {
      String pages = layout.pages() > 0 ? " of " + layout.pages() : "";
      return Check.fail("text-extraction", layout.textlessPages() + pages
              + " pages have no extractable text (scanned images); keyfit does not perform OCR, nor do most ATSs.",
          "Export the resume from its editor as a text-based PDF or DOCX.");
    }
    if (layout.unusualCharacters() > 0) {
      return Check.warn("text-extraction", layout.unusualCharacters()
              + " characters an ATS may not read (icons, symbol fonts, private-use glyphs).",
          "Replace icons and symbol bullets with plain text and standard bullets.");
    }
    if (!layout.notes().isEmpty()) {
      return Check.warn("text-extraction", layout.notes().get(0) + ".",
          "Check that a plain-text copy of the file reads as intended.");
    }
    return Check.pass("text-extraction", "All text could be extracted.");
  }

  /** Overused phrases from {@code lists/cliches.yaml}. */
  static Check cliches(String text, List<WordLists.Cliche> cliches) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<WordLists.Cliche> found = new ArrayList<>();
    for (WordLists.Cliche c : cliches) {
      String phrase = c.phrase().toLowerCase(Locale.ROOT);
      // the regex only adds word boundaries to the literal phrase: most resumes lack most phrases,
      // and a plain search rules them out without compiling a pattern per phrase and resume
      if (lower.contains(phrase)
          && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(lower).find()) {
        found.add(c);
      }
    }
    if (found.isEmpty()) {
      return Check.pass("cliches", "No clichés found.");
    }
    String named = String.join(", ", found.stream().limit(3).map(c -> "'" + c.phrase() + "'").toList())
        + (found.size() > 3 ? " and " + (found.size() - 3) + " more" : "");
    String why = found.get(0).why() == null ? "" : " (" + found.get(0).why() + ")";
    return Check.warn("cliches", "Clichés: " + named + why + ".",
        "Replace each with a concrete result that shows the quality.");
  }

  /** Whether the resume shows the posting's job title or a close variant. */
  static Check jobTitle(JobMatch job) {
    if (job.title().isEmpty()) {
      return Check.pass("job-title", "No job title found in the posting to compare.");
    }
    if (job.titleInResume()) {
      return Check.pass("job-title", "The resume shows the posting's title '" + job.title() + "'.");
    }
    return Check.warn("job-title", "The posting's title '" + job.title() + "' (or a close variant) is not in the resume.",
        "If it fits your experience, use the title in your headline or summary.");
  }
}
