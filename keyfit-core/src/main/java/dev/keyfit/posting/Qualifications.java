package dev.keyfit.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The degree, field-of-study and years-of-experience requirements a posting states, which an ATS
 * screens for and a keyword count does not show: "Bachelor's degree in Computer Science or related
 * field", "7+ years of program management experience", "BS/MS".
 *
 * @param degrees the degrees it names, required ones first, each with its line
 * @param years the years of experience it asks for, required ones first
 */
public record Qualifications(List<DegreeRequirement> degrees, List<YearsRequirement> years) {

  /** A posting without such requirements. */
  public static final Qualifications NONE = new Qualifications(List.of(), List.of());

  public Qualifications {
    degrees = List.copyOf(degrees);
    years = List.copyOf(years);
  }

  /**
   * A degree a posting asks for.
   *
   * @param degree the level, the fields and whether a related field will do
   * @param required true in the requirements (or the title), false when preferred or elsewhere
   * @param line the posting line it was read from
   */
  public record DegreeRequirement(Degrees.Mention degree, boolean required, String line) {}

  /**
   * Years of experience a posting asks for.
   *
   * @param years the minimum number of years
   * @param what the experience as the posting words it ("program management experience",
   *     "experience managing technical projects")
   * @param required true in the requirements, false when preferred or elsewhere
   * @param line the posting line it was read from
   */
  public record YearsRequirement(int years, String what, boolean required, String line) {}

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15));

  /**
   * "5+ years", "3-5 years", "at least three (3) years", "minimum of 10 years", "7 or more years".
   */
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)(?<![\\d.$])(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
              + "(?:\\s*\\(\\d{1,2}\\))?\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?(?:or more\\s+)?\\+?\\s*"
              + "(?:full[- ]time\\s+)?years?(?:'|’s|'s)?\\b(.*)$");

  /** The words after "years": "of (relevant) X experience", "of experience in X", "in X". */
  private static final Pattern WHAT =
      Pattern.compile(
          "(?i)^\\s*(?:\\+\\s*)?(?:of\\s+)?(?:(?:relevant|professional|progressive|proven|related|direct|working|work|"
              + "hands-on|industry|combined|overall|total|practical)\\s+)*(.*?)\\s*\\bexperience\\b\\s*"
              + "(?:(?:in|with|as|managing|leading|of|on|delivering|running)\\b\\s*(.*))?");

  /**
   * Years followed straight by what they were spent doing, without the word "experience": "5+ years
   * managing software projects", "7+ years in project management", "3 years as a project manager".
   */
  private static final Pattern WHAT_DOING =
      Pattern.compile(
          "(?i)^\\s*(?:\\+\\s*)?(?:(?:relevant|professional|progressive|proven|related|direct|hands-on|combined|"
              + "overall|total|practical)\\s+)*(in|as|managing|leading|delivering|running|working|coordinating|"
              + "overseeing|driving|owning)\\b\\s*(.+)");

  /**
   * "5 years of project management": "of" and a practice, without the word "experience" (the
   * practice must name the work, so "18 years of age" or "100 years of history" ask for nothing).
   */
  private static final Pattern WHAT_OF_PRACTICE =
      Pattern.compile(
          "(?i)^\\s*(?:\\+\\s*)?of\\s+((?:[\\w/&-]+\\s+){0,3}?(?:management|managing|leadership|delivery|"
              + "engineering|development|coordination|consulting|operations|administration))\\b");

  private static final int MAX_WHAT_WORDS = 8;

  /**
   * Words that grade the experience rather than name it, with the commas and "and" between them:
   * "broad, extensive and increasingly responsible Project Manager project experience" asks for
   * project manager experience.
   */
  private static final Pattern GRADING =
      Pattern.compile(
          "(?i)^(?:(?:(?:broad|extensive|increasingly|progressively|responsible|diverse|solid|strong|"
              + "significant|substantial|demonstrated|successful|recent|and)\\b|,)\\s*)+");

  /**
   * A line that states a requirement in its own words, whatever its section: "This classification
   * requires a bachelor's degree", "must have 5 years" (not "preferred, not required").
   */
  private static final Pattern REQUIRES =
      Pattern.compile("(?i)\\b(?:requires|required|must (?:have|possess|hold))\\b");

  private static final Pattern NOT_REQUIRED =
      Pattern.compile("(?i)\\b(?:prefer\\w*|not required|nice to have|a plus|desired)\\b");

  /** The words of a subject up to where the sentence moves on. */
  private static String trim(String words) {
    return words
        .replaceAll(
            "(?i)[,;.(:].*$|\\s*\\b(?:preferably|including|ideally|with|in a|within)\\b.*$", "")
        .strip();
  }

  /** The word that joined "experience" to its subject in the posting ("in", "managing"). */
  private static String connector(String text) {
    Matcher m = Pattern.compile("(?i)\\bexperience\\s+(\\w+)").matcher(text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + " " : "";
  }

  /** Reads the requirements from the posting's lines and their sections. */
  static Qualifications find(List<String> lines, List<PostingSection> sections) {
    List<DegreeRequirement> degrees = new ArrayList<>();
    List<YearsRequirement> years = new ArrayList<>();
    Degrees known = Degrees.standard();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      PostingSection section = sections.get(i);
      if (section == PostingSection.COMPANY) {
        continue;
      }
      boolean required =
          section.required()
              || (REQUIRES.matcher(line).find() && !NOT_REQUIRED.matcher(line).find());
      List<Degrees.Mention> mentions = known.find(line, false);
      // "BS/MS in Computer Science": the fields written after the last degree apply to them all
      List<String> sharedFields =
          mentions.isEmpty() ? List.of() : mentions.get(mentions.size() - 1).fields();
      boolean related = mentions.stream().anyMatch(Degrees.Mention::relatedAllowed);
      if (!mentions.isEmpty()) {
        // the lowest degree of a line ("BS/MS", "Bachelor's or Master's") is what it requires
        Degrees.Mention lowest =
            mentions.stream().min((a, b) -> a.level().compareTo(b.level())).orElseThrow();
        List<String> fields = lowest.fields().isEmpty() ? sharedFields : lowest.fields();
        degrees.add(
            new DegreeRequirement(
                new Degrees.Mention(lowest.level(), fields, related), required, line.strip()));
      }
      YearsRequirement y = years(line, required);
      if (y != null) {
        years.add(y);
      }
    }
    degrees.sort((a, b) -> Boolean.compare(b.required(), a.required()));
    years.sort((a, b) -> Boolean.compare(b.required(), a.required()));
    return new Qualifications(degrees, years);
  }

  /**
   * What the words after "years" say the years were spent on, worded with "experience" ("program
   * management experience", "experience managing technical projects"), or null when they name no
   * experience.
   */
  private static String subject(String rest) {
    Matcher what = WHAT.matcher(rest);
    if (what.find()) {
      String before = trim(GRADING.matcher(what.group(1)).replaceFirst(""));
      String after = what.group(2) == null ? "" : trim(what.group(2));
      // "of program management experience", or "of experience managing technical projects"
      return !before.isEmpty()
          ? before + " experience"
          : after.isEmpty() ? "experience" : "experience " + connector(rest) + after;
    }
    Matcher doing = WHAT_DOING.matcher(rest);
    if (doing.find() && !trim(doing.group(2)).isEmpty()) {
      return "experience " + doing.group(1).toLowerCase(Locale.ROOT) + " " + trim(doing.group(2));
    }
    Matcher of = WHAT_OF_PRACTICE.matcher(rest);
    return of.find() ? of.group(1).strip() + " experience" : null;
  }

  /** The years of experience a line asks for, or null when it asks for none. */
  static YearsRequirement years(String line, boolean required) {
    Matcher m = YEARS.matcher(line);
    while (m.find()) {
      String subject = subject(m.group(2));
      if (subject == null) {
        continue;
      }
      String[] words = subject.isEmpty() ? new String[0] : subject.split("\\s+");
      if (words.length > MAX_WHAT_WORDS) {
        subject = String.join(" ", java.util.Arrays.copyOf(words, MAX_WHAT_WORDS));
      }
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
      if (count >= 1 && count <= 30) {
        return new YearsRequirement(count, subject, required, line.strip());
      }
    }
    return null;
  }
}
