package dev.keyfit.bench;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.batch.BatchRunner;
import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.FolderWalker;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.keywords.DictionaryLoader;
import dev.keyfit.match.Matcher;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.WordTokenizer;
import dev.keyfit.testing.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Benchmarks (a plain timed main, never a test). See BENCHMARKS.md for the commands. Modes: {@code
 * stages DIR}, {@code batch DIR THREADS}, {@code dict10x DIR}; {@code generate DIR TEXTS PDFS}.
 * Pass {@code --keywords DIR} first to use a dictionary folder.
 */
public final class KeyfitBench {

  private static Path keywords;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<String> a = new ArrayList<>(List.of(args));
    if (a.size() > 1 && a.get(0).equals("--keywords")) {
      keywords = Path.of(a.get(1));
      a = a.subList(2, a.size());
    }
    Path dir = Path.of(a.get(1));
    switch (a.get(0)) {
      case "generate" ->
          BenchCorpus.generate(
              dir,
              Integer.parseInt(a.get(2)),
              Integer.parseInt(a.get(3)),
              a.size() > 4 ? Integer.parseInt(a.get(4)) : 0);
      case "stages" -> stages(dir, a.size() > 2 && a.get(2).equals("raw"));
      case "batch" ->
          batch(dir, Integer.parseInt(a.get(2)), a.size() > 3 ? Integer.parseInt(a.get(3)) : 3);
      case "dict10x" -> dict10x(dir);
      default -> throw new IllegalArgumentException("mode: generate | stages | batch | dict10x");
    }
  }

  private static Keyfit keyfit(Path dictionary) throws Exception {
    return Keyfit.builder()
        .dictionary(DictionaryLoader.load(dictionary))
        .extractors(Extractors.standard())
        .build();
  }

  private static List<Path> files(Path dir) throws IOException {
    FolderWalker.Walk walk = FolderWalker.walk(dir, FolderWalker.Settings.defaults());
    return walk.files().stream().map(walk.root()::resolve).toList();
  }

  /**
   * Per-resume time of each stage, one thread, warm. With {@code raw}, also the OpenNLP stages one
   * by one without the pipeline's caches (slow: the uncached lemmatizer dominates the run).
   */
  static void stages(Path dir, boolean withRaw) throws Exception {
    Keyfit keyfit = keyfit(keywords);
    List<Path> files = files(dir);
    Extractors extractor = Extractors.standard();
    List<ExtractedDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(extractor.extract(f, ExtractionLimits.DEFAULT));
    }
    Raw raw = withRaw ? new Raw() : null;
    AnalysisOptions options = AnalysisOptions.defaults();
    long[] t = new long[9];
    long tokens = 0;
    for (int round = 0; round < 6; round++) { // rounds 0-2 warm up
      boolean measure = round >= 3;
      for (int i = 0; i < files.size(); i++) {
        long s0 = cpu();
        ExtractedDocument doc = extractor.extract(files.get(i), ExtractionLimits.DEFAULT);
        long s1 = cpu();
        long[] nlp = raw == null ? new long[4] : raw.stages(doc);
        long s2 = cpu();
        AnnotatedResume annotated = Stages.of(keyfit).annotateResume(doc);
        long s3 = cpu();
        Stages.of(keyfit).matcher().match(annotated);
        long s4 = cpu();
        keyfit.analyze(doc, options);
        long s5 = cpu();
        if (measure) {
          t[0] += s1 - s0;
          t[1] += nlp[0];
          t[2] += nlp[1];
          t[3] += nlp[2];
          t[4] += nlp[3];
          t[5] += s3 - s2;
          t[6] += s4 - s3;
          t[7] +=
              (s5 - s4) - (s4 - s2); // whole analysis minus annotate and match = scoring + advice
          t[8] += s5 - s4;
          tokens += annotated.tokens().size();
        }
      }
    }
    double n = 3.0 * files.size();
    String[] names = {
      "extraction (Extractors.standard())",
      "sentence detection (raw)",
      "tokenizer (raw)",
      "POS tagger (raw)",
      "lemmatizer per token, uncached (raw)",
      "pipeline annotate (all NLP, lemma cache)",
      "matching",
      "scoring + advice",
      "analysis after extraction (annotate+match+score+advice)"
    };
    System.out.printf(Locale.ROOT, "files=%d tokens/resume=%.0f%n", files.size(), tokens / n);
    for (int i = 0; i < names.length; i++) {
      System.out.printf(Locale.ROOT, "%-58s %8.3f ms CPU%n", names[i], t[i] / n / 1e6);
    }
    System.out.printf(Locale.ROOT, "analysis / extraction = %.2f%n", (double) t[8] / t[0]);
  }

  /**
   * Batch throughput and peak heap, through {@link BatchRunner} as {@code keyfit batch} runs it.
   */
  static void batch(Path dir, int threads, int rounds) throws Exception {
    Keyfit keyfit = keyfit(keywords);
    FolderWalker.Walk walk = FolderWalker.walk(dir, FolderWalker.Settings.defaults());
    BatchRunner runner =
        new BatchRunner(
            f -> keyfit.analyze(f, AnalysisOptions.defaults()),
            new BatchRunner.Settings(threads, Duration.ofSeconds(60), 2, 20 << 20, false));
    runner.run(walk.root(), walk.files(), o -> {}); // warm-up round
    resetPeaks();
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = processCpu();
      List<FileOutcome> out = runner.run(walk.root(), walk.files(), o -> {}).outcomes();
      double s = (System.nanoTime() - start) / 1e9;
      double cpu = (processCpu() - cpuStart) / 1e9;
      long failed = out.stream().filter(o -> o instanceof FileOutcome.Failed).count();
      System.out.printf(
          Locale.ROOT,
          "threads=%d files=%d failed=%d time=%.2fs rate=%.1f files/s"
              + " process CPU=%.2fs (%.2f ms CPU/file)%n",
          threads,
          out.size(),
          failed,
          s,
          out.size() / s,
          cpu,
          cpu * 1e3 / out.size());
    }
    System.out.printf(Locale.ROOT, "peak heap used: %.0f MiB%n", peakHeap() / 1048576.0);
  }

  /** Matching time per resume with the dictionary and with ten times the terms. */
  static void dict10x(Path dir) throws Exception {
    Path big = Files.createTempDirectory("keyfit-dict10x");
    Path base = keywords == null ? Path.of("keywords") : keywords;
    copy(base, big);
    int terms = DictionaryLoader.load(base).terms().size();
    StringBuilder yaml = new StringBuilder("category: tools\nterms:\n");
    java.util.Random random = new java.util.Random(10);
    for (int i = 0; i < terms * 9; i++) {
      String w1 = word(random);
      String w2 = word(random);
      yaml.append("  - id: synth-")
          .append(i)
          .append("\n    name: ")
          .append(w1)
          .append(' ')
          .append(w2)
          .append("\n    aliases: [")
          .append(w1)
          .append(i)
          .append(", ")
          .append(w2)
          .append(' ')
          .append(word(random))
          .append("]\n    weight: {pm: 1, tpm: 1}\n    statements:\n      - \"Used ")
          .append(w1)
          .append(" daily\"\n");
    }
    Files.writeString(big.resolve("terms/synthetic.yaml"), yaml);
    Keyfit small = keyfit(base);
    Keyfit large = keyfit(big);
    List<AnnotatedResume> docs = new ArrayList<>();
    Extractors extractor = Extractors.standard();
    for (Path f : files(dir)) {
      docs.add(Stages.of(small).annotate(extractor.extract(f, ExtractionLimits.DEFAULT)));
    }
    System.out.printf(
        "terms: %d vs %d, forms: %d vs %d%n",
        small.dictionary().terms().size(),
        large.dictionary().terms().size(),
        Stages.of(small).matcher().forms(),
        Stages.of(large).matcher().forms());
    for (int round = 0; round < 4; round++) {
      double a = matchTime(Stages.of(small).matcher(), docs);
      double b = matchTime(Stages.of(large).matcher(), docs);
      System.out.printf(
          Locale.ROOT, "round %d: match 1x %.4f ms, 10x %.4f ms, ratio %.2f%n", round, a, b, b / a);
    }
  }

  private static double matchTime(Matcher matcher, List<AnnotatedResume> docs) {
    long start = System.nanoTime();
    int reps = 5;
    for (int r = 0; r < reps; r++) {
      for (AnnotatedResume d : docs) {
        matcher.match(d);
      }
    }
    return (System.nanoTime() - start) / 1e6 / (reps * docs.size());
  }

  private static String word(java.util.Random random) {
    String letters = "bcdfghjklmnpqrstvwxz";
    String vowels = "aeiouy";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())))
          .append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1) + "x";
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /**
   * This thread's CPU time: stage timings use it rather than the wall clock, because the shared
   * benchmark machine is often loaded by other builds, which stretches wall time but not CPU time.
   */
  static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** CPU time of the whole process (all threads, JIT and GC included). */
  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  /** The OpenNLP stages run one by one, as the pipeline runs them, with no lemma cache. */
  static final class Raw {
    final SentenceDetectorME sentences =
        new SentenceDetectorME(KeyfitBench.Raw.<SentenceModel>load("sentence", SentenceModel::new));
    final WordTokenizer tokenizer = new WordTokenizer();
    final POSTaggerME tagger =
        new POSTaggerME(KeyfitBench.Raw.<POSModel>load("pos", POSModel::new));
    final LemmatizerME lemmatizer =
        new LemmatizerME(KeyfitBench.Raw.<LemmatizerModel>load("lemmas", LemmatizerModel::new));

    long[] stages(ExtractedDocument doc) {
      long[] t = new long[4];
      for (String line : doc.lines()) {
        String text = line.strip();
        if (text.isEmpty()) {
          continue;
        }
        long a = cpu();
        Span[] spans = sentences.sentPosDetect(text);
        t[0] += cpu() - a;
        for (Span span : spans) {
          long b = cpu();
          String[] words =
              tokenizer.words(text.substring(span.getStart(), span.getEnd())).stream()
                  .map(WordTokenizer.Word::text)
                  .toArray(String[]::new);
          long c = cpu();
          if (words.length == 0) {
            t[1] += c - b;
            continue;
          }
          String[] tags = tagger.tag(words);
          long d = cpu();
          for (int i = 0; i < words.length; i++) {
            lemmatizer.lemmatize(
                new String[] {words[i].toLowerCase(Locale.ROOT)}, new String[] {tags[i]});
          }
          long e = cpu();
          t[1] += c - b;
          t[2] += d - c;
          t[3] += e - d;
        }
      }
      return t;
    }

    private interface Reader<T> {
      T read(InputStream in) throws IOException;
    }

    private static <T> T load(String kind, Reader<T> reader) {
      String name =
          "/opennlp-en-ud-ewt-"
              + (kind.equals("sentence") ? "sentence" : kind.equals("pos") ? "pos" : "lemmas")
              + "-1.3-2.5.4.bin";
      try (InputStream in = KeyfitBench.class.getResourceAsStream(name)) {
        return reader.read(in);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
