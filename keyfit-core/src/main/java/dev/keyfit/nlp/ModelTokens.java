package dev.keyfit.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link TokenizerME} with its answers remembered per whitespace-separated chunk.
 *
 * <p>Why this is exact: {@code TokenizerME.tokenizePos} first splits the text at whitespace (with
 * {@link WhitespaceTokenizer#INSTANCE}), then decides every split inside a chunk from features of
 * that chunk alone (its characters around the position, and the model's abbreviation list). So a
 * chunk splits the same way wherever it appears, and running the model once per distinct chunk
 * gives the same spans as running it on every sentence. The model evaluates every character
 * position of every chunk of two or more characters (this model has no alphanumeric shortcut),
 * which made it a third of the pipeline's cost; resume vocabulary repeats, within and across
 * documents.
 *
 * <p>Not thread-safe (the tokenizer keeps state); the cache it is given is shared and concurrent.
 */
final class ModelTokens {

  /** A chunk the model keeps whole: the common case, stored once. */
  private static final int[] WHOLE = new int[0];

  private final TokenizerME tokenizer;
  private final ConcurrentHashMap<String, int[]> splits;
  private final int limit;

  /**
   * @param splits chunk → its tokens as (start, end) pairs of offsets inside the chunk, or an empty
   *     array when the model keeps the chunk whole (shared)
   * @param limit beyond this many chunks, answers are computed but not kept
   */
  ModelTokens(TokenizerME tokenizer, ConcurrentHashMap<String, int[]> splits, int limit) {
    this.tokenizer = tokenizer;
    this.splits = splits;
    this.limit = limit;
  }

  /** The same spans as {@code tokenizer.tokenizePos(text)}. */
  Span[] tokenizePos(String text) {
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> out = new ArrayList<>(chunks.length + 8);
    for (Span chunk : chunks) {
      int start = chunk.getStart();
      int end = chunk.getEnd();
      if (end - start < 2) { // TokenizerME never splits a single character either
        out.add(chunk);
        continue;
      }
      int[] parts = parts(text.substring(start, end));
      if (parts == WHOLE) {
        out.add(chunk);
        continue;
      }
      for (int i = 0; i < parts.length; i += 2) {
        out.add(new Span(start + parts[i], start + parts[i + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  private int[] parts(String chunk) {
    int[] parts = splits.get(chunk);
    if (parts == null) {
      Span[] spans = tokenizer.tokenizePos(chunk);
      boolean whole =
          spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == chunk.length();
      parts = whole ? WHOLE : new int[2 * spans.length];
      for (int i = 0; !whole && i < spans.length; i++) {
        parts[2 * i] = spans[i].getStart();
        parts[2 * i + 1] = spans[i].getEnd();
      }
      if (splits.size() < limit) {
        splits.putIfAbsent(chunk, parts);
      }
    }
    return parts;
  }
}
