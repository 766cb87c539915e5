package dev.keyfit.posting;

/**
 * How much a posting stresses a term: the factor of the most stressing part it appears in (title 3,
 * requirements 2, responsibilities 1.5, elsewhere 1, nice-to-have 0.5, company blurb 0.25), times a
 * repeat factor of 1 + 0.5 per further mention, at most 2 (three mentions or more).
 */
final class Stress {

  static final double REPEAT_STEP = 0.5;
  static final int MAX_REPEATS = 2;

  private Stress() {}

  /** The stress of a term mentioned {@code count} times, at most stressed by {@code section}. */
  static double of(PostingSection section, int count) {
    double repeat = 1 + REPEAT_STEP * Math.min(MAX_REPEATS, Math.max(0, count - 1));
    return Math.round(section.stress() * repeat * 100) / 100.0;
  }
}
