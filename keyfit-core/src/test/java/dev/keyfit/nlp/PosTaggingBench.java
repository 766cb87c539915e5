package dev.keyfit.nlp;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Extractors;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * POS tagging alone, OpenNLP's BeamSearch(1) against {@link PosTagger}, interleaved in one process
 * (a plain timed main, never a test): every sentence of the documents in a folder, tagged by one
 * then the other, round after round, in this thread's CPU time, so that the ratio holds on a loaded
 * machine. Checks that both give the same tags while it runs. Usage: {@code PosTaggingBench DIR
 * [ROUNDS]} (see BENCHMARKS.md).
 */
public final class PosTaggingBench {

  private PosTaggingBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    NlpModels models = NlpModels.shared();
    TextPipeline pipeline = models.newPipeline(new SectionDetector(Map.of()));
    POSTaggerFactory tagging = models.pos.getFactory();
    BeamSearch reference =
        new BeamSearch(1, (MaxentModel) models.pos.getArtifact(NlpModels.POS_ARTIFACT));
    var contexts = tagging.getPOSContextGenerator(0);
    var validator = tagging.getSequenceValidator();
    List<String[]> sentences = sentences(dir, models);
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "%d sentences, %d tokens%n", sentences.size(), tokens);
    for (int round = 0; round < rounds + 2; round++) { // two rounds of warm-up
      long a = threads.getCurrentThreadCpuTime();
      List<String[]> expected = new ArrayList<>(sentences.size());
      for (String[] s : sentences) {
        expected.add(
            reference
                .bestSequence(s, null, contexts, validator)
                .getOutcomes()
                .toArray(new String[0]));
      }
      long b = threads.getCurrentThreadCpuTime();
      List<String[]> mine = new ArrayList<>(sentences.size());
      for (String[] s : sentences) {
        mine.add(pipeline.tagPiece(s));
      }
      long c = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < sentences.size(); i++) {
        if (!Arrays.equals(expected.get(i), mine.get(i))) {
          throw new AssertionError("tags differ: " + String.join(" ", sentences.get(i)));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s round %d: OpenNLP %.2f µs/token, PosTagger %.2f µs/token, ratio %.2f%n",
          round < 2 ? "warm-up" : "measured",
          round,
          (b - a) / 1e3 / tokens,
          (c - b) / 1e3 / tokens,
          (double) (c - b) / (b - a));
    }
  }

  private static List<String[]> sentences(Path dir, NlpModels models) throws Exception {
    SentenceDetectorME detector = new SentenceDetectorME(models.sentences);
    TokenizerME tokenizer = new TokenizerME(models.tokens);
    Extractors extractors = Extractors.standard();
    List<String[]> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      try {
        for (String line : extractors.extract(f).lines()) {
          for (String sentence : detector.sentDetect(line)) {
            String[] t = tokenizer.tokenize(sentence);
            if (t.length > 0 && t.length <= TextPipeline.MAX_TAGGED_TOKENS) {
              out.add(t);
            }
          }
        }
      } catch (ExtractionException e) {
        // not a document: skipped
      }
    }
    return out;
  }
}
