package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The pipeline tags in a beam of one, where OpenNLP's tagger keeps the model's three sequences (a
 * third of the model evaluations): on every sentence of the labelled resumes, the samples and the
 * real corpus's texts and postings (about 42,000 tokens) both give the same tags, so matching and
 * scoring cannot tell them apart.
 */
class PosBeamTest {

  private static final Path CORPUS_TEXT = Path.of("../shared/corpus/real/reference-text");

  @Test
  void beamOfOneTagsTheLabelledResumesAndPostingsAsTheModelsBeam() throws Exception {
    assertEquals(1, NlpModels.POS_BEAM);
    NlpModels models = NlpModels.shared();
    TextPipeline pipeline = models.newPipeline(new SectionDetector(java.util.Map.of()));
    POSTaggerME modelBeam = new POSTaggerME(models.pos);
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences);
    TokenizerME tokenizer = new TokenizerME(models.tokens);
    int compared = 0;
    for (Path file : texts()) {
      for (String line : Files.readAllLines(file)) {
        for (String sentence : sentences.sentDetect(line)) {
          String[] tokens = tokenizer.tokenize(sentence);
          if (tokens.length > 0) {
            assertArrayEquals(modelBeam.tag(tokens), pipeline.tagPiece(tokens), sentence);
            compared += tokens.length;
          }
        }
      }
    }
    // the shared corpus is not everywhere: without it the labelled set and samples still give
    // ~8,000
    assertTrue(
        compared > (CORPUS_TEXT.toFile().isDirectory() ? 30_000 : 5_000), compared + " tokens");
  }

  /** The labelled resumes, the samples' postings and the real corpus's texts and postings. */
  private static List<Path> texts() throws Exception {
    List<Path> texts = new java.util.ArrayList<>();
    for (Path dir :
        List.of(
            Fixtures.resource("/labelled"),
            Path.of("samples"),
            CORPUS_TEXT,
            Path.of("../shared/corpus/real/postings"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
            .sorted()
            .forEach(texts::add);
      }
    }
    return texts;
  }
}
