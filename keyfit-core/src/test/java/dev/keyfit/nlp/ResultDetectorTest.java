package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultDetectorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Cut cloud cost by 30%",
        "Managed a $2.4M budget",
        "Led 12 engineers across 3 time zones",
        "Raised deployment frequency 4x",
        "Reduced release time from 10 days to 2",
        "Delivered 14 projects on time",
        "Grew revenue by 15 percent to €3 million"
      })
  void linesWithResultsAreMeasurable(String line) {
    assertTrue(ResultDetector.isMeasurable(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Project Manager, Acme Corp, 2019 - 2023",
        "Responsible for stakeholder management",
        "Jan 2020 to Dec 2022",
        "Worked on migration projects"
      })
  void linesWithoutResultsAreNot(String line) {
    assertFalse(ResultDetector.isMeasurable(line), line);
  }
}
