package dev.keyfit.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's check for text drawn twice on top of itself (fake bold, shadows), with the same result
 * as {@code PDFTextStripper}'s own ({@code setSuppressDuplicateOverlappingText(true)}) but without
 * its sorted maps of boxed floats, which cost about a sixth of a PDF's extraction.
 *
 * <p>The rule, as PDFBox 3.0 has it: a glyph is a duplicate when a glyph with the same text was
 * kept on the same page at an x in {@code [x - t, x + t)} and a y in {@code [y - t, y + t)}, where
 * {@code t} is a third of the glyph's width per character of its text; bounds and comparisons are
 * {@code float}s ordered as {@link Float#compare} orders them, and a negative {@code t} throws
 * {@link IllegalArgumentException} as PDFBox's sub-map does. Kept glyphs are indexed in a grid of
 * {@link #CELL}-unit cells; a query the grid cannot answer exactly (bounds off the grid, a very
 * wide glyph) scans all kept glyphs of that text. One instance per stripper; not thread-safe.
 */
final class DuplicateGlyphs {

  /** Grid cell size in PDF units: a tolerance is a third of a glyph width, well below this. */
  private static final float CELL = 16f;

  /** Queries spanning more cells than this per axis scan the text's whole list instead. */
  private static final int MAX_SPAN = 4;

  /** Coordinates this far from the origin (or non-finite) are kept outside the grid. */
  private static final float MAX_GRIDDED = 1e7f;

  private final Map<String, Kept> byText = new HashMap<>();

  /** Forgets the page's glyphs (PDFBox clears its map at each page). */
  void clear() {
    byText.clear();
  }

  /**
   * Whether the glyph duplicates a kept one; if not, it is kept.
   *
   * @throws IllegalArgumentException for a negative tolerance, as PDFBox's check throws
   */
  boolean seen(TextPosition text) {
    String unicode = text.getUnicode();
    float x = text.getX();
    float y = text.getY();
    float tolerance = text.getWidth() / unicode.length() / 3.0f;
    Kept kept = byText.computeIfAbsent(unicode, k -> new Kept());
    if (kept.matches(x - tolerance, x + tolerance, y - tolerance, y + tolerance)) {
      return true;
    }
    kept.add(x, y);
    return false;
  }

  /** The kept glyphs of one text. */
  private static final class Kept {
    private float[] xs = new float[8];
    private float[] ys = new float[8];
    private int size;

    /** Indexes of glyphs by cell; a glyph with a coordinate outside the grid is not in it. */
    private final CellTable grid = new CellTable();

    /** Whether a kept glyph is outside the grid: then every query scans the whole list. */
    private boolean hasOdd;

    void add(float x, float y) {
      if (size == xs.length) {
        xs = Arrays.copyOf(xs, size * 2);
        ys = Arrays.copyOf(ys, size * 2);
      }
      xs[size] = x;
      ys[size] = y;
      if (gridded(x) && gridded(y)) {
        long key = key(cell(x), cell(y));
        int[] cell = grid.get(key);
        if (cell == null) {
          cell = new int[4];
          grid.put(key, cell);
        } else if (cell[0] + 1 == cell.length) {
          cell = Arrays.copyOf(cell, cell.length * 2);
          grid.put(key, cell);
        }
        cell[++cell[0]] = size;
      } else {
        hasOdd = true;
      }
      size++;
    }

    boolean matches(float x0, float x1, float y0, float y1) {
      if (Float.compare(x0, x1) > 0) {
        throw new IllegalArgumentException("fromKey > toKey");
      }
      boolean badY = Float.compare(y0, y1) > 0;
      if (size == 0) {
        return false;
      }
      if (badY || hasOdd || !gridded(x0) || !gridded(x1) || !gridded(y0) || !gridded(y1)) {
        return scanAll(x0, x1, y0, y1, badY);
      }
      long cx0 = cell(x0);
      long cx1 = cell(x1);
      long cy0 = cell(y0);
      long cy1 = cell(y1);
      if (cx1 - cx0 >= MAX_SPAN || cy1 - cy0 >= MAX_SPAN) {
        return scanAll(x0, x1, y0, y1, false);
      }
      for (long cx = cx0; cx <= cx1; cx++) {
        for (long cy = cy0; cy <= cy1; cy++) {
          int[] cell = grid.get(key(cx, cy));
          if (cell == null) {
            continue;
          }
          for (int j = 1; j <= cell[0]; j++) {
            int i = cell[j];
            if (inside(xs[i], x0, x1) && inside(ys[i], y0, y1)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** PDFBox's walk: the first kept x in range throws when the y range is inverted. */
    private boolean scanAll(float x0, float x1, float y0, float y1, boolean badY) {
      for (int i = 0; i < size; i++) {
        if (inside(xs[i], x0, x1)) {
          if (badY) {
            throw new IllegalArgumentException("fromKey > toKey");
          }
          if (inside(ys[i], y0, y1)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean inside(float v, float from, float to) {
      return Float.compare(v, from) >= 0 && Float.compare(v, to) < 0;
    }

    /** Whether a coordinate goes in the grid: finite and not absurdly far off the page. */
    private static boolean gridded(float v) {
      return Math.abs(v) < MAX_GRIDDED;
    }

    private static long cell(float v) {
      return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
      return (cx << 32) ^ (cy & 0xffffffffL);
    }
  }

  /**
   * Cell key to the cell's glyph indexes, in open addressing on primitive keys: the grid is probed
   * for every glyph drawn, and a map of boxed {@code Long}s allocated a key per probe.
   */
  private static final class CellTable {
    private long[] keys = new long[16];
    private int[][] values = new int[16][];
    private int size;

    int[] get(long key) {
      int mask = keys.length - 1;
      for (int k = slot(key, mask); values[k] != null; k = (k + 1) & mask) {
        if (keys[k] == key) {
          return values[k];
        }
      }
      return null;
    }

    void put(long key, int[] value) {
      int mask = keys.length - 1;
      int k = slot(key, mask);
      while (values[k] != null && keys[k] != key) {
        k = (k + 1) & mask;
      }
      if (values[k] == null) {
        size++;
      }
      keys[k] = key;
      values[k] = value;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[][] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2][];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          int k = slot(oldKeys[i], mask);
          while (values[k] != null) {
            k = (k + 1) & mask;
          }
          keys[k] = oldKeys[i];
          values[k] = oldValues[i];
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
