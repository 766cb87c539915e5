package dev.keyfit.advise;

import dev.keyfit.keywords.WordLists;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reviews the experience and project bullets: which open with a weak phrase, and which state no
 * measurable result.
 *
 * @param bullets the lines reviewed (bullets, or sentences of 5+ words, in experience/projects)
 * @param measurable how many of them state a measurable result
 * @param weakOpeners how many open with a weak phrase
 * @param rewrites the bullets worth rewriting, weak openers first, in line order
 */
record BulletReview(int bullets, int measurable, int weakOpeners, List<Advice.Rewrite> rewrites) {

  static final int MIN_WORDS = 5;

  /** A line with a year, "present" or a '|' is a job's title line, not a bullet describing work. */
  private static final java.util.regex.Pattern DATED =
      java.util.regex.Pattern.compile(
          "\\b(?:19|20)\\d\\d\\b|\\bpresent\\b|\\|", java.util.regex.Pattern.CASE_INSENSITIVE);

  static BulletReview of(AnnotatedResume resume, WordLists lists) {
    List<ResumeLine> reviewed = resume.lines().stream().filter(BulletReview::isWorkLine).toList();
    List<Advice.Rewrite> weak = new ArrayList<>();
    List<Advice.Rewrite> unmeasured = new ArrayList<>();
    int measurable = 0;
    for (ResumeLine line : reviewed) {
      if (line.measurable()) {
        measurable++;
      }
      WordLists.WeakOpener opener = weakOpener(line.content(), lists);
      if (opener != null) {
        weak.add(
            new Advice.Rewrite(
                line.number(),
                line.content(),
                "opens with the weak phrase '" + opener.phrase() + "'",
                "start with a strong verb such as "
                    + String.join(", ", opener.suggest())
                    + (line.measurable() ? "" : ", and add the result in numbers")));
      } else if (!line.measurable()) {
        unmeasured.add(
            new Advice.Rewrite(
                line.number(),
                line.content(),
                "states no measurable result",
                "add the outcome in numbers: %, $, time saved, people or systems affected"));
      }
    }
    // The longest unmeasured bullets describe the most work, so they are the best candidates.
    unmeasured.sort(
        Comparator.comparingInt((Advice.Rewrite r) -> -r.text().length())
            .thenComparingInt(Advice.Rewrite::line));
    List<Advice.Rewrite> rewrites = new ArrayList<>(weak);
    rewrites.addAll(unmeasured.subList(0, Math.min(5, unmeasured.size())));
    rewrites.sort(
        Comparator.comparing((Advice.Rewrite r) -> !r.problem().startsWith("opens"))
            .thenComparingInt(Advice.Rewrite::line));
    return new BulletReview(reviewed.size(), measurable, weak.size(), rewrites);
  }

  static boolean isWorkLine(ResumeLine line) {
    boolean work = line.section() == Section.EXPERIENCE || line.section() == Section.PROJECTS;
    return work
        && !line.heading()
        && (line.bullet()
            || (line.content().split("\\s+").length >= MIN_WORDS + 3
                && !DATED.matcher(line.content()).find()));
  }

  static WordLists.WeakOpener weakOpener(String content, WordLists lists) {
    String lower = content.toLowerCase(Locale.ROOT);
    WordLists.WeakOpener best = null;
    for (WordLists.WeakOpener o : lists.weakOpeners()) {
      String phrase = o.phrase().toLowerCase(Locale.ROOT);
      if ((lower.startsWith(phrase + " ") || lower.equals(phrase))
          && (best == null || phrase.length() > best.phrase().length())) {
        best = o;
      }
    }
    return best;
  }
}
