package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LineJoinerTest {

  private static final SectionDetector SECTIONS =
      new SectionDetector(java.util.Map.of(Section.EXPERIENCE, List.of("experience")));

  @Test
  void wrappedLinesAreJoinedIntoOneLogicalLine() {
    List<LineJoiner.Joined> joined =
        LineJoiner.join(
            List.of(
                "Jane",
                "",
                "Experience",
                "• Led the rollout of GitHub",
                "Actions for 24 repositories, and",
                "cut build time by 40%"),
            SECTIONS);
    assertEquals("• Led the rollout of GitHub", joined.get(2).text());
    assertEquals("Actions for 24 repositories, and cut build time by 40%", joined.get(3).text());
    assertEquals(5, joined.get(3).number());
    assertEquals(6, joined.get(3).last());
  }

  @Test
  void aListWrappedInsideAnItemIsOneLine() {
    List<LineJoiner.Joined> joined =
        LineJoiner.join(
            List.of(
                "Experience",
                "Platform, Firebase, RESTful APIs, GraphQL, Agile Development, Test-Driven",
                "Development, Responsive Design, UI/UX"),
            SECTIONS);
    assertEquals(
        "Platform, Firebase, RESTful APIs, GraphQL, Agile Development, Test-Driven Development,"
            + " Responsive Design, UI/UX",
        joined.get(1).text());
  }

  @Test
  void listLinesThatEachEndAnItemStaySeparate() {
    List<LineJoiner.Joined> joined =
        LineJoiner.join(
            List.of(
                "Experience",
                "Languages: Java, Python, Go",
                "Tools: Docker, Git, Jira",
                "Python, Java, SQL.",
                "Led the migration of 3 services, on time"),
            SECTIONS);
    assertEquals(5, joined.size());
  }

  @Test
  void aLineWithContactDetailsIsNeverJoined() {
    List<LineJoiner.Joined> joined =
        LineJoiner.join(
            List.of("Experience", "worked with", "jane@example.com", "and others"), SECTIONS);
    assertEquals(
        List.of("worked with", "jane@example.com", "and others"),
        joined.subList(1, joined.size()).stream().map(LineJoiner.Joined::text).toList());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // quadratic joining took 69 s for 16k lines
  void tensOfThousandsOfContinuationLinesJoinInLinearTimeAndStayBounded() {
    List<String> raw = new ArrayList<>(List.of("Experience"));
    for (int i = 0; i < 60_000; i++) {
      raw.add("managed the roadmap for team number " + i + " and");
    }
    List<LineJoiner.Joined> joined = LineJoiner.join(raw, SECTIONS);
    assertTrue(joined.size() > 100, "the joined lines are capped, so there are many of them");
    int total = 0;
    for (LineJoiner.Joined line : joined.subList(1, joined.size())) {
      assertTrue(
          line.text().length() < LineJoiner.MAX_JOINED_CHARS + 100, "a logical line is capped");
      total += line.last() - line.number() + 1;
    }
    assertEquals(60_000, total, "every physical line is in exactly one logical line");
  }
}
