package dev.keyfit.nlp;

import java.util.Arrays;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence as OpenNLP's {@code BeamSearch} does in a beam of one, with the model's own
 * context generator and sequence validator (its tag dictionary), but evaluating the model through
 * {@link PosWeights}. The choice at each token follows BeamSearch step by step, ties included: the
 * outcomes with the highest probability, in outcome order, the first the validator accepts whose
 * sequence score ({@code StrictMath.log} summed) stays above BeamSearch's floor; when there is
 * none, the best of all the accepted outcomes (the first of equal scores, as its priority queue
 * keeps them). {@code PosEvaluatorTest} holds the tags equal to OpenNLP's on every text at hand.
 * Not thread-safe (the context generator caches the sentence's features); one per pipeline.
 */
final class PosTagger {

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  /** BeamSearch's floor on a sequence's score (its {@code zeroLog}). */
  private static final double ZERO_LOG = -100000;

  private final PosWeights weights;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;

  PosTagger(PosWeights weights, POSContextGenerator contexts, SequenceValidator<String> validator) {
    this.weights = weights;
    this.contexts = contexts;
    this.validator = validator;
    this.probs = new double[weights.outcomes()];
  }

  String[] tag(String[] tokens) {
    String[] tags = new String[tokens.length];
    double score = 0d;
    for (int i = 0; i < tokens.length; i++) {
      String[] prior = Arrays.copyOf(tags, i); // as BeamSearch hands the sequence so far
      weights.eval(contexts.getContext(i, tokens, prior, NO_ADDITIONAL_CONTEXT), probs);
      int best = bestAtMax(i, tokens, prior, score);
      if (best < 0) {
        best = bestOfAll(i, tokens, prior, score);
      }
      if (best < 0) { // BeamSearch would end with no sequence at all
        throw new IllegalStateException("no valid POS tag for token " + i + ": " + tokens[i]);
      }
      tags[i] = weights.outcome(best);
      score += StrictMath.log(probs[best]);
    }
    return tags;
  }

  /**
   * BeamSearch keeps the outcomes at or above the beam's lowest kept probability, here the highest:
   * the first valid one wins (equal scores keep their order), unless its score is below the floor,
   * which then holds for all of them.
   */
  private int bestAtMax(int i, String[] tokens, String[] prior, double score) {
    double max = probs[0];
    for (int o = 1; o < probs.length; o++) {
      if (Double.compare(probs[o], max) > 0) { // Arrays.sort's order
        max = probs[o];
      }
    }
    for (int o = 0; o < probs.length; o++) {
      if (probs[o] >= max && validator.validSequence(i, tokens, prior, weights.outcome(o))) {
        return score + StrictMath.log(probs[o]) > ZERO_LOG ? o : -1;
      }
    }
    return -1;
  }

  /** BeamSearch's fallback: every valid outcome competes; the first of the best scores wins. */
  private int bestOfAll(int i, String[] tokens, String[] prior, double score) {
    int best = -1;
    double bestScore = 0;
    for (int o = 0; o < probs.length; o++) {
      if (validator.validSequence(i, tokens, prior, weights.outcome(o))) {
        double s = score + StrictMath.log(probs[o]);
        if (s > ZERO_LOG && (best < 0 || s > bestScore)) {
          best = o;
          bestScore = s;
        }
      }
    }
    return best;
  }
}
