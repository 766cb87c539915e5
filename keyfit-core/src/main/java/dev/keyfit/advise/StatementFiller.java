package dev.keyfit.advise;

import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.ResumeLine;
import dev.keyfit.nlp.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a statement template's placeholders with what the resume itself shows, and keeps every
 * other placeholder for the writer. It fills only two things, both the resume's own facts or style:
 * the team size it usually states ("[N] engineers" → "12 engineers" when its bullets lead teams of
 * about 12) and its currency ("[$X]" → "[€X]" in a resume written in euros). Results, percentages,
 * timeframes and systems stay as placeholders: keyfit never invents an outcome. Immutable and
 * deterministic.
 */
final class StatementFiller {

  private static final String PEOPLE =
      "engineers|developers|people|staff|members|team members|analysts|designers|direct reports|"
          + "contractors|subcontractors|testers|consultants";
  private static final Pattern TEAM_IN_RESUME =
      Pattern.compile("(?i)\\bteams? of (\\d{1,3})\\b|\\b(\\d{1,3})\\+?\\s+(?:" + PEOPLE + ")\\b");
  private static final Pattern TEAM_PLACEHOLDER =
      Pattern.compile(
          "(?i)\\bteams? of \\[N]|\\[N](?=\\+?\\s+(?:[a-z-]+\\s+)?(?:" + PEOPLE + ")\\b)");
  private static final Pattern MONEY_PLACEHOLDER = Pattern.compile("\\[\\$([^\\]]*)]");
  private static final String CURRENCIES = "$€£";

  /** A generic statement for a term without templates of its own. */
  static final String GENERIC = "Used %s to [what] for [N] [users/systems], achieving [result]";

  private final Integer teamSize;
  private final char currency;

  private StatementFiller(Integer teamSize, char currency) {
    this.teamSize = teamSize;
    this.currency = currency;
  }

  /** A filler that keeps every placeholder. */
  static StatementFiller none() {
    return new StatementFiller(null, '$');
  }

  /** A filler with the resume's typical team size and currency. */
  static StatementFiller of(AnnotatedResume resume) {
    List<Integer> sizes = new ArrayList<>();
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
        int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (n >= 2) {
          sizes.add(n);
        }
      }
    }
    sizes.sort(null);
    // The lower median: a size the resume really states, not an average it never wrote.
    Integer team = sizes.isEmpty() ? null : sizes.get((sizes.size() - 1) / 2);
    int best = 0;
    for (int i = 1; i < money.length; i++) {
      if (money[i] > money[best]) {
        best = i;
      }
    }
    return new StatementFiller(team, CURRENCIES.charAt(best));
  }

  /** The template with what the resume shows filled in; other placeholders kept. */
  String fill(String template) {
    String out = template;
    if (teamSize != null) {
      Matcher m = TEAM_PLACEHOLDER.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            sb, Matcher.quoteReplacement(m.group().replace("[N]", teamSize.toString())));
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

  /** The term's templates filled, or the generic template when it has none. */
  List<String> statements(String name, List<String> templates) {
    if (templates.isEmpty()) {
      return List.of(fill(String.format(GENERIC, name)));
    }
    return templates.stream().map(this::fill).toList();
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
