package dev.keyfit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the gutter of a two-column page from its glyph positions, so the page can be read column by
 * column instead of line by line across both columns. Pure geometry; coordinates are PDFBox display
 * coordinates (x to the right, y downwards, y at the baseline). Stateless.
 */
final class PdfColumns {

  /** Narrower gaps are word or tab gaps, not gutters. */
  static final float MIN_GUTTER = 12f;

  /**
   * Share of text rows allowed to cross the gutter: full-width rows (a name header, a footer) must
   * not hide a gutter that every other row respects.
   */
  static final double MAX_CROSSING_SHARE = 0.20;

  /** Glyphs whose baselines differ by less than this are on the same row. */
  private static final float ROW_TOLERANCE = 2f;

  /** Each column needs this share of the glyphs, so a right-aligned date column is not a column. */
  private static final double MIN_COLUMN_SHARE = 0.10;

  private static final int MIN_ROWS_PER_COLUMN = 3;
  private static final int MAX_BUCKETS = 5000;
  private static final int MAX_ONE_SIDED_IN_HEADER = 3;
  private static final int MAX_BODY_CROSSING_ROWS = 1;
  private static final double ALIGNED_STRIP_SHARE = 0.9;
  private static final double NARROW_STRIP_SHARE = 0.3;

  /** One non-blank glyph: its horizontal extent and baseline. */
  record Glyph(float x0, float x1, float y) {}

  /**
   * Where to cut a two-column page.
   *
   * @param gutterX the x between the columns
   * @param bodyTop rows with a smaller y (a full-width header) are read first, across the page
   * @param bodyBottom rows with a larger y (a full-width footer) are read last, across the page
   */
  record Split(float gutterX, float bodyTop, float bodyBottom) {}

  private PdfColumns() {}

  /** Returns the split of a two-column page, or empty for a single-column (or near-empty) page. */
  static Optional<Split> find(List<Glyph> glyphs) {
    if (glyphs.size() < 40) {
      return Optional.empty();
    }
    List<List<Glyph>> rows = rows(glyphs);
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      minX = Math.min(minX, g.x0());
      maxX = Math.max(maxX, g.x1());
    }
    int buckets = (int) Math.ceil(maxX - minX) + 1;
    if (buckets < 100 || buckets > MAX_BUCKETS) {
      return Optional.empty();
    }
    int[] crossing = new int[buckets];
    for (List<Glyph> row : rows) {
      boolean[] covered = new boolean[buckets];
      for (Glyph g : row) {
        int from = Math.max(0, (int) Math.floor(g.x0() - minX));
        int to = Math.min(buckets, (int) Math.ceil(g.x1() - minX));
        for (int b = from; b < to; b++) {
          covered[b] = true;
        }
      }
      for (int b = 0; b < buckets; b++) {
        crossing[b] += covered[b] ? 1 : 0;
      }
    }
    int allowed = (int) Math.floor(rows.size() * MAX_CROSSING_SHARE);
    int bestStart = -1;
    int bestWidth = 0;
    for (int b = 1; b < buckets - 1; ) {
      if (crossing[b] > allowed) {
        b++;
        continue;
      }
      int start = b;
      while (b < buckets - 1 && crossing[b] <= allowed) {
        b++;
      }
      if (b < buckets - 1 && b - start > bestWidth) { // interior runs only, not the margins
        bestStart = start;
        bestWidth = b - start;
      }
    }
    if (bestWidth < MIN_GUTTER) {
      return Optional.empty();
    }
    // the band may reach into a ragged column edge; its emptiest stretch is the real gap
    int least = Integer.MAX_VALUE;
    for (int b = bestStart; b < bestStart + bestWidth; b++) {
      least = Math.min(least, crossing[b]);
    }
    int tightStart = bestStart;
    int tightWidth = 0;
    for (int b = bestStart; b < bestStart + bestWidth; ) {
      int start = b;
      while (b < bestStart + bestWidth && crossing[b] == least) {
        b++;
      }
      if (b - start > tightWidth) {
        tightStart = start;
        tightWidth = b - start;
      }
      b = Math.max(b, start + 1);
    }
    float gx0 = minX + tightStart;
    return validate(glyphs, rows, gx0, gx0 + tightWidth);
  }

  private static Optional<Split> validate(
      List<Glyph> glyphs, List<List<Glyph>> rows, float gx0, float gx1) {
    float mid = (gx0 + gx1) / 2;
    int left = 0;
    int right = 0;
    for (Glyph g : glyphs) {
      left += g.x1() <= mid ? 1 : 0;
      right += g.x0() >= mid ? 1 : 0;
    }
    int leftRows = 0;
    int rightRows = 0;
    int bothRows = 0;
    for (List<Glyph> row : rows) {
      boolean l = row.stream().anyMatch(g -> g.x1() <= mid);
      boolean r = row.stream().anyMatch(g -> g.x0() >= mid);
      leftRows += l ? 1 : 0;
      rightRows += r ? 1 : 0;
      bothRows += l && r ? 1 : 0;
    }
    double min = glyphs.size() * MIN_COLUMN_SHARE;
    if (left < min
        || right < min
        || leftRows < MIN_ROWS_PER_COLUMN
        || rightRows < MIN_ROWS_PER_COLUMN) {
      return Optional.empty();
    }
    // a narrow right strip whose every entry sits on a left row is a date or place column
    float maxX = (float) glyphs.stream().mapToDouble(Glyph::x1).max().orElse(mid);
    float minX = (float) glyphs.stream().mapToDouble(Glyph::x0).min().orElse(mid);
    if (bothRows >= ALIGNED_STRIP_SHARE * rightRows
        && maxX - gx1 < NARROW_STRIP_SHARE * (maxX - minX)) {
      return Optional.empty();
    }
    // full-width rows at the top (name, contact line) and bottom belong to neither column; a few
    // one-sided rows may sit among the header rows, like a "last updated" line in a corner
    float core0 = gx0 + 0.5f;
    float core1 = gx1 - 0.5f;
    int headerEnd = -1;
    int oneSided = 0;
    for (int i = 0; i < rows.size() && oneSided <= MAX_ONE_SIDED_IN_HEADER; i++) {
      if (crosses(rows.get(i), core0, core1)) {
        headerEnd = i;
      } else {
        oneSided++;
      }
    }
    int footerStart = rows.size();
    while (footerStart - 1 > headerEnd && crosses(rows.get(footerStart - 1), core0, core1)) {
      footerStart--;
    }
    if (footerStart - headerEnd - 1 < 2 * MIN_ROWS_PER_COLUMN) {
      return Optional.empty();
    }
    // between header and footer nothing may run across a real gutter; a few full-width bullets
    // among rows with a right-aligned date or place column mean one column, not two
    int bodyCrossing = 0;
    for (int i = headerEnd + 1; i < footerStart; i++) {
      bodyCrossing += crosses(rows.get(i), core0, core1) ? 1 : 0;
    }
    if (bodyCrossing > MAX_BODY_CROSSING_ROWS) {
      return Optional.empty();
    }
    float top =
        headerEnd < 0 ? -Float.MAX_VALUE : between(rows.get(headerEnd), rows.get(headerEnd + 1));
    float bottom =
        footerStart == rows.size()
            ? Float.MAX_VALUE
            : between(rows.get(footerStart - 1), rows.get(footerStart));
    return Optional.of(new Split(mid, top, bottom));
  }

  /** Whether a row has a glyph inside the gutter: it runs across both columns. */
  private static boolean crosses(List<Glyph> row, float x0, float x1) {
    return row.stream().anyMatch(g -> g.x0() < x1 && g.x1() > x0);
  }

  private static float between(List<Glyph> upper, List<Glyph> lower) {
    return (upper.get(0).y() + lower.get(0).y()) / 2;
  }

  /** Groups glyphs into rows by baseline, top to bottom. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort((a, b) -> Float.compare(a.y(), b.y())); // Float.compare: no boxing, the same order
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float rowY = Float.NaN;
    for (Glyph g : sorted) {
      if (!row.isEmpty() && g.y() - rowY > ROW_TOLERANCE) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowY = g.y();
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }
}
