package dev.keyfit.advise;

import dev.keyfit.keywords.Category;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a statement template's placeholders with what the resume itself shows, and keeps every
 * other placeholder for the writer. It fills only two things, both the resume's own facts or style:
 * a team size the resume states for the same people ("[N] engineers" → "12 engineers" when a bullet
 * says "12 engineers"; "a team of [N]" from its own "team of 12"), never a number stated for other
 * people or things ("[N] subcontractors" stays when only engineers are counted); and its currency
 * ("[$X]" → "[€X]" in a resume written in euros). Results, percentages, timeframes and systems stay
 * as placeholders: keyfit never invents an outcome. Immutable and deterministic.
 */
final class StatementFiller {

  private static final String PEOPLE =
      "engineers|developers|people|staff|members|team members|analysts|designers|direct reports|"
          + "contractors|subcontractors|testers|consultants";
  private static final Pattern TEAM_IN_RESUME =
      Pattern.compile("(?i)\\bteams? of (\\d{1,3})\\b|\\b(\\d{1,3})\\+?\\s+(" + PEOPLE + ")\\b");
  private static final Pattern TEAM_PLACEHOLDER =
      Pattern.compile(
          "(?i)\\bteams? of \\[N]|\\[N](?=\\+?\\s+(?:[a-z-]+\\s+)?(" + PEOPLE + ")\\b)");
  private static final Pattern MONEY_PLACEHOLDER = Pattern.compile("\\[\\$([^\\]]*)]");
  private static final String CURRENCIES = "$€£";

  /** Team sizes the resume states: "team" for "team of N", else the people counted. */
  private final Map<String, Integer> teamSizes;

  private final char currency;

  private StatementFiller(Map<String, Integer> teamSizes, char currency) {
    this.teamSizes = Map.copyOf(teamSizes);
    this.currency = currency;
  }

  /** A filler that keeps every placeholder. */
  static StatementFiller none() {
    return new StatementFiller(Map.of(), '$');
  }

  /** A filler with the resume's team sizes and currency. */
  static StatementFiller of(AnnotatedResume resume) {
    Map<String, List<Integer>> sizes = new TreeMap<>();
    int[] money = new int[CURRENCIES.length()];
    for (ResumeLine line : resume.lines()) {
      for (int i = 0; i < CURRENCIES.length(); i++) {
        money[i] += count(line.text(), CURRENCIES.charAt(i));
      }
      if (line.section() != Section.EXPERIENCE && line.section() != Section.PROJECTS) {
        continue;
      }
      Matcher m = TEAM_IN_RESUME.matcher(line.text());
      while (m.find()) {
        boolean teamOf = m.group(1) != null;
        int n = Integer.parseInt(teamOf ? m.group(1) : m.group(2));
        if (n >= 2) {
          sizes.computeIfAbsent(teamOf ? "team" : key(m.group(3)), k -> new ArrayList<>()).add(n);
          if (teamOf) {
            // "a team of 12 engineers" also counts the engineers
            Matcher who = PEOPLE_AFTER.matcher(line.text().substring(m.end()));
            if (who.lookingAt()) {
              sizes.computeIfAbsent(key(who.group(1)), k -> new ArrayList<>()).add(n);
            }
          }
        }
      }
    }
    Map<String, Integer> typical = new TreeMap<>();
    // The lower median: a size the resume really states, not an average it never wrote.
    sizes.forEach(
        (who, list) -> {
          list.sort(null);
          typical.put(who, list.get((list.size() - 1) / 2));
        });
    int best = 0;
    for (int i = 1; i < money.length; i++) {
      if (money[i] > money[best]) {
        best = i;
      }
    }
    return new StatementFiller(typical, CURRENCIES.charAt(best));
  }

  private static final Pattern PEOPLE_AFTER =
      Pattern.compile("(?i)\\s+(?:[a-z-]+\\s+)?(" + PEOPLE + ")\\b");

  /** "Engineers", "team members" → "engineers", "team members": one key per kind of people. */
  private static String key(String people) {
    return people.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The template with what the resume shows filled in; other placeholders kept. */
  String fill(String template) {
    String out = template;
    if (!teamSizes.isEmpty()) {
      Matcher m = TEAM_PLACEHOLDER.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        Integer size = teamSizes.get(m.group(1) == null ? "team" : key(m.group(1)));
        String filled = size == null ? m.group() : m.group().replace("[N]", size.toString());
        m.appendReplacement(sb, Matcher.quoteReplacement(filled));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    if (currency != '$') {
      out =
          MONEY_PLACEHOLDER
              .matcher(out)
              .replaceAll(r -> Matcher.quoteReplacement("[" + currency + r.group(1) + "]"));
    }
    return out;
  }

  /**
   * The term's templates filled; for a term without templates, the generic statement that fits what
   * it is (see {@link GenericStatement}), or none when no statement would read naturally.
   */
  List<String> statements(String name, Category category, List<String> templates) {
    if (templates.isEmpty()) {
      return GenericStatement.forTerm(name, category).map(this::fill).stream().toList();
    }
    return templates.stream().map(this::fill).toList();
  }

  /** A posting-only phrase's statement, filled, when one reads naturally; else none. */
  List<String> statementsForPosting(String phrase) {
    return GenericStatement.forPostingPhrase(phrase).map(this::fill).stream().toList();
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
