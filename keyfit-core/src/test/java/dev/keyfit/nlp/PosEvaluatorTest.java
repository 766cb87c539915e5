package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's own evaluation of the POS model ({@link PosWeights}, {@link PosTagger}) gives
 * OpenNLP's tags token by token: OpenNLP's BeamSearch in a beam of one over its GISModel, with the
 * model's context generator and tag dictionary, as POSTaggerME runs them. Compared on every
 * sentence of every resume and posting in the shared corpus (when present), the labelled sets, the
 * career fixtures and the samples, all read through the extractors keyfit reads them with.
 */
class PosEvaluatorTest {

  @Test
  void compactEvaluatorTagsEveryTextAsOpenNlpsBeamOfOne() throws Exception {
    NlpModels models = NlpModels.shared();
    TextPipeline pipeline = models.newPipeline(new SectionDetector(Map.of()));
    POSTaggerFactory tagging = models.pos.getFactory();
    BeamSearch reference =
        new BeamSearch(1, (MaxentModel) models.pos.getArtifact(NlpModels.POS_ARTIFACT));
    var contexts = tagging.getPOSContextGenerator(0);
    var validator = tagging.getSequenceValidator();
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences);
    TokenizerME tokenizer = new TokenizerME(models.tokens);
    Extractors extractors = Extractors.standard();
    int compared = 0;
    int files = 0;
    for (Path file : documents()) {
      List<String> lines;
      try {
        lines = extractors.extract(file).lines();
      } catch (ExtractionException e) {
        continue; // not a document keyfit reads (the corpus's CSV index, say)
      }
      files++;
      for (String line : lines) {
        for (String sentence : sentences.sentDetect(line)) {
          String[] tokens = tokenizer.tokenize(sentence);
          if (tokens.length == 0) {
            continue;
          }
          String[] expected =
              reference
                  .bestSequence(tokens, null, contexts, validator)
                  .getOutcomes()
                  .toArray(new String[0]);
          assertArrayEquals(expected, pipeline.tagPiece(tokens), file + ": " + sentence);
          compared += tokens.length;
        }
      }
    }
    assertTrue(models.posWeights != null, "the pipeline evaluates the model itself");
    boolean corpus = Files.isDirectory(Path.of("../shared/corpus"));
    assertTrue(
        corpus ? files > 40 && compared > 30_000 : files > 20 && compared > 5_000,
        files + " files, " + compared + " tokens");
  }

  @Test
  void aLongRunOfUnknownWordsTagsAsOpenNlp() {
    NlpModels models = NlpModels.shared();
    TextPipeline pipeline = models.newPipeline(new SectionDetector(Map.of()));
    POSTaggerFactory tagging = models.pos.getFactory();
    BeamSearch reference =
        new BeamSearch(1, (MaxentModel) models.pos.getArtifact(NlpModels.POS_ARTIFACT));
    String[] tokens = new String[150];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = i % 7 == 0 ? "," : "zq" + Integer.toString(i * 7919, 36);
    }
    assertArrayEquals(
        reference
            .bestSequence(
                tokens, null, tagging.getPOSContextGenerator(0), tagging.getSequenceValidator())
            .getOutcomes()
            .toArray(new String[0]),
        pipeline.tagPiece(tokens));
  }

  @Test
  void onlyAGisModelIsTakenApart() {
    MaxentModel naiveBayes =
        new opennlp.tools.ml.naivebayes.NaiveBayesModel(
            new opennlp.tools.ml.model.Context[0], new String[0], new String[] {"A"});
    assertThrows(IllegalArgumentException.class, () -> PosWeights.of(naiveBayes));
    assertEquals(
        ((MaxentModel) NlpModels.shared().pos.getArtifact(NlpModels.POS_ARTIFACT)).getNumOutcomes(),
        NlpModels.shared().posWeights.outcomes());
  }

  /** Every file of the shared corpus, the labelled sets, the career fixtures and the samples. */
  private static List<Path> documents() throws Exception {
    List<Path> all = new ArrayList<>();
    for (Path dir :
        List.of(
            Path.of("../shared/corpus"),
            Fixtures.resource("/labelled"),
            Fixtures.resource("/labelled-real"),
            Fixtures.resource("/labelled-real-heldout"),
            Fixtures.resource("/career"),
            Path.of("samples"))) {
      if (!Files.isDirectory(dir)) {
        continue; // the shared corpus is not everywhere
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".yaml"))
            .sorted()
            .forEach(all::add);
      }
    }
    return all;
  }
}
