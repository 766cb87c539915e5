package dev.keyfit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, loaded once per process from the model jars on the class path. Models
 * are immutable and thread-safe; the per-thread taggers live in {@link TextPipeline}. Also holds
 * the process-wide lemma cache, so each (word, tag) pair is lemmatized once, whatever the number of
 * documents, and the tokenizer's cache of whitespace chunks (see {@link ModelTokens}).
 */
public final class NlpModels {

  // The model jars all carry a model.properties at the same path, so the models are found by their
  // file names, which are fixed for a given opennlp.models.version.
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /**
   * The POS tagger's beam. The model's manifest asks for 3 (three tag sequences kept per token, so
   * three model evaluations a token); 1 keeps the best tag at each token.
   */
  static final int POS_BEAM = Integer.getInteger("keyfit.posBeam", 1);

  /**
   * Whether a beam of one is tagged through {@link PosTagger} (the model in flat arrays) rather
   * than OpenNLP's BeamSearch and GISModel; both give the same tags. {@code
   * -Dkeyfit.posEvaluator=opennlp} chooses OpenNLP's, for an A/B in one build.
   */
  static final boolean COMPACT_POS = !"opennlp".equals(System.getProperty("keyfit.posEvaluator"));

  /** The POS model's maximum-entropy model, inside its {@link POSModel}. */
  static final String POS_ARTIFACT = "pos.model";

  /** Bounds the lemma cache; beyond it lemmas are computed but not kept. */
  private static final int LEMMA_CACHE_LIMIT = 200_000;

  /** Bounds the tokenizer's chunk cache (about 100 bytes a chunk), as the lemma cache. */
  static final int CHUNK_CACHE_LIMIT = 100_000;

  /** The one loading of the models, started by the first {@link #preload} or {@link #shared}. */
  private static final AtomicReference<CompletableFuture<NlpModels>> LOADING =
      new AtomicReference<>();

  final SentenceModel sentences;
  final TokenizerModel tokens;
  final POSModel pos;
  final LemmatizerModel lemmas;
  final PosWeights posWeights; // null when OpenNLP evaluates the POS model itself
  private final ConcurrentHashMap<String, String> lemmaCache = new ConcurrentHashMap<>();
  final ConcurrentHashMap<String, int[]> chunkCache = new ConcurrentHashMap<>();

  private NlpModels(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      PosWeights posWeights,
      LemmatizerModel lemmas) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.posWeights = posWeights;
    this.lemmas = lemmas;
  }

  /**
   * Starts loading the models on a background thread and returns at once, so that a caller can read
   * its dictionary and extract its first document meanwhile: a single-file scan spends about as
   * long loading the four models as extracting the file.
   */
  public static void preload() {
    loading();
  }

  /** The process-wide models, waiting for them to load (the four models load in parallel). */
  public static NlpModels shared() {
    try {
      return loading().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static CompletableFuture<NlpModels> loading() {
    CompletableFuture<NlpModels> loading = LOADING.get();
    if (loading == null) {
      CompletableFuture<NlpModels> mine = new CompletableFuture<>();
      if (LOADING.compareAndSet(null, mine)) {
        Thread loader =
            new Thread(
                () -> {
                  try {
                    mine.complete(load());
                  } catch (Throwable t) {
                    mine.completeExceptionally(t);
                  }
                },
                "keyfit-nlp-models");
        loader.setDaemon(true); // never keeps a finished command alive
        loader.start();
      }
      loading = LOADING.get();
    }
    return loading;
  }

  private static NlpModels load() {
    CompletableFuture<POSModel> pos = async(POS, POSModel::new);
    CompletableFuture<PosWeights> posWeights =
        pos.thenApply(
            m ->
                COMPACT_POS && POS_BEAM == 1
                    ? PosWeights.of((MaxentModel) m.getArtifact(POS_ARTIFACT))
                    : null);
    CompletableFuture<LemmatizerModel> lemmas = async(LEMMAS, LemmatizerModel::new);
    SentenceModel sentences = read(SENTENCE, SentenceModel::new);
    TokenizerModel tokens = read(TOKENS, TokenizerModel::new);
    return new NlpModels(sentences, tokens, pos.join(), posWeights.join(), lemmas.join());
  }

  private static <T> CompletableFuture<T> async(String name, ModelReader<T> reader) {
    return CompletableFuture.supplyAsync(() -> read(name, reader));
  }

  private static <T> T read(String name, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        // A packaging bug, not a user error: the model jars are dependencies of keyfit.
        throw new IllegalStateException("OpenNLP model missing from the class path: " + name);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  /** A new pipeline for the calling thread; pipelines are cheap, not thread-safe. */
  public TextPipeline newPipeline(SectionDetector sections) {
    return new TextPipeline(this, sections);
  }

  String lemma(String word, String tag, Function<String, String> compute) {
    String key = word + '\u0000' + tag;
    String lemma = lemmaCache.get(key);
    if (lemma == null) {
      lemma = compute.apply(key);
      if (lemmaCache.size() < LEMMA_CACHE_LIMIT) {
        lemmaCache.putIfAbsent(key, lemma);
      }
    }
    return lemma;
  }

  @FunctionalInterface
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }
}
