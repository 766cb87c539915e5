package dev.keyfit.testing;

import dev.keyfit.Keyfit;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.keywords.Dictionary;
import dev.keyfit.match.Match;
import dev.keyfit.match.Matcher;
import dev.keyfit.nlp.AnnotatedResume;
import dev.keyfit.nlp.NlpModels;
import dev.keyfit.nlp.PipelinePool;
import dev.keyfit.nlp.SectionDetector;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of an analysis one by one, for tests that look between them (annotation, matching):
 * built from the stages' own public classes over a dictionary, as {@link Keyfit} builds them, so
 * the facade needs no test-only methods. One per dictionary, shared; thread-safe.
 */
public final class Stages {
  private static final Map<Dictionary, Stages> BY_DICTIONARY = new IdentityHashMap<>();

  private final Matcher matcher;
  private final PipelinePool pipelines;

  private Stages(Dictionary dictionary) {
    SectionDetector sections =
        new SectionDetector(dictionary.lists().sectionHeadings(), dictionary.lists().subheadings());
    this.matcher = Matcher.compile(dictionary);
    this.pipelines =
        new PipelinePool(
            () -> NlpModels.shared().newPipeline(sections), PipelinePool.defaultSize());
  }

  /** The stages over the dictionary a keyfit uses. */
  public static Stages of(Keyfit keyfit) {
    return of(keyfit.dictionary());
  }

  /** The stages over a dictionary. */
  public static synchronized Stages of(Dictionary dictionary) {
    return BY_DICTIONARY.computeIfAbsent(dictionary, Stages::new);
  }

  /** The matcher compiled from the dictionary. */
  public Matcher matcher() {
    return matcher;
  }

  /** Annotates a document fully, every sentence tagged (as a posting is). */
  public AnnotatedResume annotate(ExtractedDocument document) {
    return pipelines.with(p -> p.annotate(document));
  }

  /**
   * Annotates a resume as {@link Keyfit#analyze} does: tags and lemmas only for the sentences where
   * a dictionary term can start.
   */
  public AnnotatedResume annotateResume(ExtractedDocument document) {
    return pipelines.with(p -> p.annotate(document, matcher::startsTerm));
  }

  /** The dictionary matches of a fully annotated document. */
  public List<Match> match(ExtractedDocument document) {
    return matcher.match(annotate(document));
  }
}
