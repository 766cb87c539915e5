package dev.keyfit.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The POS model's maximum-entropy parameters in flat arrays, read once from OpenNLP's {@link
 * GISModel}: every predicate string in one open-addressing table (its index), and for predicate
 * {@code i} its outcomes and weights at {@code from[i] .. from[i + 1]} of two arrays. {@link #eval}
 * computes what {@link GISModel#eval(String[], double[])} computes, in the same order of additions,
 * so the same probabilities to the last bit (and so the same ties); without the model's hash map of
 * predicates, whose bins hold trees of colliding strings, and without its per-call arrays.
 * Immutable and thread-safe.
 */
final class PosWeights {

  private final String[] outcomes;
  private final double uniformLogPrior;
  private final String[] keys; // open addressing, a power of two long; null = free
  private final int[] index; // keys[k]'s predicate
  private final int mask;
  private final int[] from;
  private final int[] outcome;
  private final double[] weight;

  private PosWeights(String[] outcomes, Map<String, Context> predicates) {
    this.outcomes = outcomes.clone();
    // UniformPrior.setLabels, which GISModel's reader gives every model it reads
    this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length);
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.index = new int[capacity];
    this.mask = capacity - 1;
    this.from = new int[predicates.size() + 1];
    int entries = 0;
    for (Context c : predicates.values()) {
      entries += c.getOutcomes().length;
    }
    this.outcome = new int[entries];
    this.weight = new double[entries];
    int p = 0;
    int at = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      int slot = slot(e.getKey());
      keys[slot] = e.getKey();
      index[slot] = p;
      int[] os = e.getValue().getOutcomes();
      double[] ws = e.getValue().getParameters();
      System.arraycopy(os, 0, outcome, at, os.length);
      System.arraycopy(ws, 0, weight, at, os.length);
      at += os.length;
      from[++p] = at;
    }
  }

  /**
   * The flat form of {@code model}, which has to be OpenNLP's {@link GISModel} with its uniform
   * prior (as every maxent model file reads); anything else is refused, so that the caller keeps
   * OpenNLP's own evaluation.
   */
  @SuppressWarnings("unchecked")
  static PosWeights of(MaxentModel model) {
    if (model.getClass() != GISModel.class) {
      throw new IllegalArgumentException("not a GIS maxent model: " + model.getClass());
    }
    Object[] data = ((GISModel) model).getDataStructures();
    PosWeights weights = new PosWeights((String[]) data[2], (Map<String, Context>) data[1]);
    // the prior shows in a context without predicates: it has to be the uniform one
    double[] expected = model.eval(new String[0]);
    double[] mine = new double[weights.outcomes()];
    weights.eval(new String[0], mine);
    if (!Arrays.equals(expected, mine)) {
      throw new IllegalArgumentException("the model's prior is not uniform");
    }
    return weights;
  }

  private int slot(String key) {
    int k = spread(key.hashCode()) & mask;
    while (keys[k] != null && !keys[k].equals(key)) {
      k = (k + 1) & mask;
    }
    return k;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The predicate's index, or -1 when the model does not know it. */
  private int predicate(String key) {
    if (key == null) {
      return -1; // the model's map holds no null predicate either
    }
    int k = spread(key.hashCode()) & mask;
    String at;
    while ((at = keys[k]) != null) {
      if (at.equals(key)) {
        return index[k];
      }
      k = (k + 1) & mask;
    }
    return -1;
  }

  int outcomes() {
    return outcomes.length;
  }

  String outcome(int i) {
    return outcomes[i];
  }

  /**
   * The normalized probability of each outcome given {@code context} into {@code probs}: the prior,
   * plus each known predicate's weights in the context's order, then {@code exp} and division by
   * the sum, exactly as GISModel and ArrayMath.sumFeatures compute them.
   */
  void eval(String[] context, double[] probs) {
    Arrays.fill(probs, 0, outcomes.length, uniformLogPrior);
    for (String c : context) {
      int p = predicate(c);
      if (p >= 0) {
        for (int a = from[p], end = from[p + 1]; a < end; a++) {
          probs[outcome[a]] += weight[a];
        }
      }
    }
    double normal = 0.0;
    for (int o = 0; o < outcomes.length; o++) {
      probs[o] = StrictMath.exp(probs[o]);
      normal += probs[o];
    }
    for (int o = 0; o < outcomes.length; o++) {
      probs[o] /= normal;
    }
  }
}
