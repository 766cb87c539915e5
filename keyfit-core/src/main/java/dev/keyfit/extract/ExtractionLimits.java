package dev.keyfit.extract;

/**
 * Caps applied while reading one file, so a hostile or huge file cannot exhaust the machine.
 *
 * @param maxFileBytes files larger than this are refused as {@link Failure#TOO_LARGE} unopened
 * @param maxPages PDF pages beyond this are not read (and a note says so)
 * @param maxChars extracted text beyond this is cut (and a note says so)
 */
public record ExtractionLimits(long maxFileBytes, int maxPages, int maxChars) {

  public static final ExtractionLimits DEFAULT = new ExtractionLimits(20L << 20, 30, 1_000_000);

  public ExtractionLimits {
    if (maxFileBytes <= 0 || maxPages <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
