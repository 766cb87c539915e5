package dev.keyfit.advise;

import dev.keyfit.keywords.Dictionary;
import dev.keyfit.keywords.Role;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.posting.Qualifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of a resume's roles a posting's years requirement counts: "7+ years of program management"
 * the roles with PM titles, plain "years of experience" the roles with the posting's title, other
 * fields every dated role (keyfit cannot read a field such as "mechanical work" from titles, and
 * says so).
 */
final class YearsFields {

  private YearsFields() {}

  /**
   * The roles a years requirement is about.
   *
   * @param titles the titles (lower case) whose roles count
   * @param name how the check names those roles ("project or program manager roles")
   */
  record Field(List<String> titles, String name) {}

  /** Decides, per requirement, which roles count: see {@link YearsFields#fieldOf}. */
  interface Fields {
    Field of(Qualifications.YearsRequirement wanted);
  }

  private static final Pattern PM_FIELD =
      Pattern.compile(
          "\\b(?:project|program|programme|portfolio|delivery|pmo)\\b.*\\b(?:manag\\w*|lead\\w*|delivery)\\b"
              + "|\\bpmo\\b|\\bmanaging\\b.*\\b(?:projects|programs|programmes)\\b"
              + "|\\bleading\\b.*\\b(?:projects|programs|programmes)\\b");

  /**
   * A technical project or program manager's field. "IT", "software" or "infrastructure" project
   * management names the domain of the projects, which a project manager's title does not show: a
   * Project Manager of IT projects counts.
   */
  private static final Pattern TECHNICAL = Pattern.compile("\\btechnical\\b");

  private static final Pattern GENERIC =
      Pattern.compile(
          "^(?:experience|(?:relevant|professional|related|industry|work|overall|total)\\s+experience)$");

  /** Seniority and level words of a posting title, which any holder of the title may lack. */
  private static final Pattern LEVEL =
      Pattern.compile("\\b(?:senior|sr\\.?|junior|jr\\.?|lead|principal|staff|ii|iii|iv|i)\\b");

  /** The fields of a posting's years requirements, from its title and the dictionary's titles. */
  static Fields of(JobPosting posting, Dictionary dictionary) {
    List<String> pm = new ArrayList<>();
    for (Role role : Role.values()) {
      if (dictionary.profile(role) != null && dictionary.profile(role).history() != null) {
        dictionary.profile(role).history().titles().stream()
            .filter(t -> !pm.contains(t))
            .forEach(pm::add);
      }
    }
    List<String> tpm =
        dictionary.profile(Role.TPM) == null || dictionary.profile(Role.TPM).history() == null
            ? pm
            : dictionary.profile(Role.TPM).history().titles();
    String title =
        LEVEL
            .matcher(posting.title().split("[,(|–—-]")[0].toLowerCase(Locale.ROOT))
            .replaceAll(" ")
            .replaceAll("\\s+", " ")
            .strip();
    if (pm.isEmpty()) {
      return wanted -> null; // a dictionary without role titles: every dated role counts
    }
    return wanted -> fieldOf(wanted.what().toLowerCase(Locale.ROOT), title, pm, tpm);
  }

  /**
   * "program management experience" → the PM titles ("technical program management" → the TPM
   * titles); plain "experience" → the posting's title, with the PM titles when it is a PM title;
   * any other field → null (every dated role counts).
   */
  static Field fieldOf(String what, String postingTitle, List<String> pm, List<String> tpm) {
    if (PM_FIELD.matcher(what).find()) {
      // "delivery management or technical project management": either alternative counts
      boolean technical = true;
      for (String alternative : what.split("\\bor\\b|/")) {
        technical &= !PM_FIELD.matcher(alternative).find() || TECHNICAL.matcher(alternative).find();
      }
      return technical
          ? new Field(tpm, "technical project or program manager roles")
          : new Field(pm, "project or program manager roles");
    }
    if (GENERIC.matcher(what.strip()).matches() && !postingTitle.isEmpty()) {
      List<String> titles = new ArrayList<>(List.of(postingTitle));
      boolean pmPosting = pm.stream().anyMatch(postingTitle::contains);
      if (pmPosting) {
        pm.stream().filter(t -> !titles.contains(t)).forEach(titles::add);
      }
      return new Field(
          titles, "roles titled " + postingTitle + (pmPosting ? " or another PM title" : ""));
    }
    return null;
  }
}
