package dev.keyfit.advise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualificationChecksTest {

  @TempDir Path dir;

  private static final String POSTING =
      "Technical Program Manager\nRequirements\n"
          + "- Bachelor's degree in Computer Science or related field\n"
          + "- 7+ years of program management experience\n- Jira and Confluence\n";

  private Check check(String resume, String id) throws Exception {
    Path r = dir.resolve("resume.txt");
    Path p = dir.resolve("posting.txt");
    Files.writeString(r, resume);
    Files.writeString(p, POSTING);
    Report report = Fixtures.keyfit().analyze(r, AnalysisOptions.defaults().withJobPosting(p));
    return report.advice().checks().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static final String HEAD = "Jane Doe\njane@example.com\nExperience\n";

  @Test
  void degreeInTheFieldPasses() throws Exception {
    Check c =
        check(
            HEAD
                + "Program Manager, Acme, 2010 - 2020\n- Ran Jira for 4 teams\nEducation\nB.S. Computer Science, State University, 2009\n",
            "degree");
    assertEquals(Check.Status.PASS, c.status(), c.message());
  }

  @Test
  void degreeInAnotherFieldWarnsAndNoDegreeFails() throws Exception {
    Check other =
        check(
            HEAD + "Program Manager, Acme, 2010 - 2020\nEducation\nBA History, State University\n",
            "degree");
    assertEquals(Check.Status.WARN, other.status(), other.message());
    assertTrue(other.message().contains("Computer Science"), other.message());
    Check none =
        check(
            HEAD + "Program Manager, Acme, 2010 - 2020\nEducation\nHigh School Diploma, 2004\n",
            "degree");
    assertEquals(Check.Status.FAIL, none.status(), none.message());
  }

  @Test
  void yearsComeFromDatedRolesCountingOverlapsOnce() throws Exception {
    Check enough =
        check(
            HEAD
                + "Program Manager, Acme, Jan 2012 - Dec 2016\nProject Lead, Beta, Mar 2016 - Feb 2020\n"
                + "Education\nB.S. Computer Science, 2008 - 2012\n",
            "years-experience");
    assertEquals(Check.Status.PASS, enough.status(), enough.message());
    assertTrue(enough.message().contains("span 8 years"), enough.message());
    Check short_ = check(HEAD + "Project Coordinator, Acme, 2018 - 2021\n", "years-experience");
    assertEquals(Check.Status.FAIL, short_.status(), short_.message());
    assertTrue(
        short_.message().contains("7+ years of program management experience"), short_.message());
  }
}
