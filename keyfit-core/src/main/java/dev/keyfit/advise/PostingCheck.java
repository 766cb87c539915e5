package dev.keyfit.advise;

import dev.keyfit.keywords.BundledYaml;
import dev.keyfit.nlp.AnnotatedResume;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check {@code not-a-resume}, present only when it fails: the file given as the resume reads like a
 * job posting (the resume and {@code --jd} swapped, or a posting in a batch folder). A posting
 * addresses the reader ("you will", "we are looking for"), lists requirements and benefits and asks
 * them to apply, and dates no jobs of its own. The phrases and headings are data, in {@code
 * keywords/posting/posting-check.yaml}.
 */
final class PostingCheck {

  /** The line the report shows for a posting given as the resume. */
  static final String POSTING =
      "This looks like a job posting, not a resume: did you swap the resume and --jd?";

  /** Phrases postings use and resumes do not; each found scores one point. */
  private static final List<Pattern> PHRASES =
      Words.INSTANCE.phrases().stream()
          .map(p -> Pattern.compile("(?i)(?<![\\p{L}])(?:" + p + ")"))
          .toList();

  /** The reader and the company addressed as "you" and "we": a posting's voice, not a resume's. */
  private static final Pattern VOICE =
      Pattern.compile("(?i)(?<![\\p{L}'])(?:you|your|yours|we|our|us)(?![\\p{L}'])");

  /**
   * A line that is only a posting's section heading ("Requirements", "About us", "What you will
   * do:"); resumes have none of these.
   */
  private static final Pattern POSTING_HEADING =
      Pattern.compile("(?i)" + String.join("|", Words.INSTANCE.headings()));

  /** The phrases and headings of {@code keywords/posting/posting-check.yaml}. */
  private record Words(List<String> phrases, List<String> headings) {

    static final Words INSTANCE = load();

    private static Words load() {
      Map<String, Object> fields = BundledYaml.load("/keywords/posting/posting-check.yaml");
      return new Words(
          BundledYaml.strings(fields, "phrases"), BundledYaml.strings(fields, "headings"));
    }
  }

  /** At most this many points from heading lines. */
  static final int MAX_HEADING_POINTS = 3;

  /** Points from which a file without dated jobs reads as a posting. */
  static final int POSTING_POINTS = 6;

  private PostingCheck() {}

  /** The failed check, or null when the file reads like a resume. */
  static Check run(AnnotatedResume resume, int dateRanges) {
    if (dateRanges > 1) {
      return null; // dated jobs: a resume, whatever its points
    }
    int points = points(resume.document().text());
    if (dateRanges == 0 && points >= POSTING_POINTS || points >= 2 * POSTING_POINTS) {
      return Check.fail(
          "not-a-resume",
          POSTING,
          "Give your resume as the first file and the posting with --jd; in a batch folder, move"
              + " postings out.");
    }
    return null;
  }

  /**
   * Posting points: one per posting phrase found, one per posting heading line (up to {@value
   * #MAX_HEADING_POINTS}), and up to three for addressing the reader as "you" and the company as
   * "we".
   */
  static int points(String text) {
    int points = 0;
    for (Pattern p : PHRASES) {
      if (p.matcher(text).find()) {
        points++;
      }
    }
    Matcher you = VOICE.matcher(text);
    int headings = 0;
    for (String line : text.split("\n")) {
      if (headings < MAX_HEADING_POINTS && POSTING_HEADING.matcher(line).matches()) {
        headings++;
      }
    }
    int voice = 0;
    while (you.find() && voice < 12) {
      voice++;
    }
    return points + headings + voice / 4;
  }
}
