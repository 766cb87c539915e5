package dev.keyfit.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.Extractors;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.TextPipeline;
import dev.keyfit.testing.Stages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A resume is POS-tagged only where a dictionary term can start (the tagger is most of the NLP
 * cost); this must find exactly what tagging everything finds.
 */
class SelectiveTaggingTest {

  @Test
  void selectiveTaggingFindsTheSameMatchesAsFullTagging() throws Exception {
    Keyfit keyfit = Keyfit.create();
    List<Path> files;
    try (Stream<Path> labelled = Files.list(Fixtures.resource("/labelled"));
        Stream<Path> samples = Files.list(Path.of("samples"))) {
      files =
          Stream.concat(
                  labelled.filter(p -> p.toString().endsWith(".txt")),
                  samples.filter(
                      p -> p.toString().matches(".*(resume|posting).*\\.(pdf|docx|doc|txt)")))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 20, files.toString());
    for (Path file : files) {
      ExtractedDocument doc = Extractors.standard().extract(file);
      assertEquals(
          Stages.of(keyfit).matcher().match(Stages.of(keyfit).annotate(doc)),
          Stages.of(keyfit).matcher().match(Stages.of(keyfit).annotateResume(doc)),
          file.toString());
    }
  }

  @Test
  void sentencesWhereNoTermCanStartAreNotTagged() throws Exception {
    Keyfit keyfit = Keyfit.create();
    AnnotatedResume r =
        Stages.of(keyfit)
            .annotateResume(Fixtures.text("Enjoys hiking with family", "Built CI/CD with Jenkins"));
    assertTrue(
        r.tokens().stream()
            .filter(t -> t.line() == 1)
            .allMatch(t -> t.pos().equals(TextPipeline.UNTAGGED)));
    assertTrue(
        r.tokens().stream()
            .filter(t -> t.line() == 2)
            .noneMatch(t -> t.pos().equals(TextPipeline.UNTAGGED)));
  }
}
