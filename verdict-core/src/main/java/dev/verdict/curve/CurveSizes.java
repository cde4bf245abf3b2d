package dev.verdict.curve;

import java.util.TreeSet;

/** The training-set sizes of a learning curve: spaced on a log scale up to the full training fold. */
public final class CurveSizes {
  /** Sizes per curve, the full training fold included. */
  public static final int DEFAULT_COUNT = 8;
  /** The smallest curve size is at least this many rows, */
  public static final int MIN_ROWS = 30;
  /** … at least this many rows per class, */
  public static final int MIN_ROWS_PER_CLASS = 5;
  /** … and at least this share of the training fold. */
  public static final double MIN_SHARE = 0.05;

  private CurveSizes() {}

  /** The smallest size: max(30, 5 × classes, 5 % of the fold), at most the fold. */
  public static int minimum(int foldRows, int classes) {
    int min = Math.max(MIN_ROWS, Math.max(MIN_ROWS_PER_CLASS * classes, (int) Math.ceil(MIN_SHARE * foldRows)));
    return Math.min(min, foldRows);
  }

  /**
   * {@code count} sizes from {@link #minimum} to {@code foldRows}, equally spaced on a log scale,
   * rounded to whole rows, ascending and distinct (fewer when the range is narrow).
   */
  public static int[] of(int foldRows, int classes, int count) {
    if (count < 2) {
      throw new IllegalArgumentException("a curve needs at least 2 sizes, got " + count);
    }
    int min = minimum(foldRows, classes);
    TreeSet<Integer> sizes = new TreeSet<>();
    double ratio = (double) foldRows / min;
    for (int i = 0; i < count; i++) {
      sizes.add((int) Math.round(min * Math.pow(ratio, i / (double) (count - 1))));
    }
    sizes.add(foldRows);
    return sizes.stream().mapToInt(Integer::intValue).filter(s -> s <= foldRows).toArray();
  }
}
