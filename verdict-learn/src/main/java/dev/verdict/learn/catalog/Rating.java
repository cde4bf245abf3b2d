package dev.verdict.learn.catalog;

import java.util.List;

/**
 * One source's rating of a course, on that source's own scale (5 for stars, 10, 100...).
 *
 * <p>{@code mean} is the published mean; {@code count} the number of ratings behind it, or null when
 * the source does not say (a published mean with an unknown count). {@code histogram}, when known,
 * holds one count per level: {@code scale} entries for the levels 1..scale (five for stars), or
 * {@code scale + 1} entries for 0..scale. With a histogram, a missing count is its total and a missing
 * mean its mean; nothing else is ever filled in.
 */
public record Rating(String source, double scale, Double mean, Long count, List<Long> histogram) {
  /** The source name of the user's own ratings ({@code verdict courses rate}); imports may not use it. */
  public static final String USER_SOURCE = "you";

  public Rating {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a rating needs a source");
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("rating scale must be positive, got " + scale);
    }
    if (histogram != null) {
      histogram = List.copyOf(histogram);
      int levels = histogram.size();
      if (scale != Math.rint(scale) || (levels != (int) scale && levels != (int) scale + 1)) {
        throw new IllegalArgumentException("a histogram on a scale of " + format(scale) + " needs " + format(scale)
            + " counts (levels 1.." + format(scale) + ") or " + format(scale + 1) + " (levels 0.." + format(scale)
            + "), got " + levels);
      }
      long total = 0;
      double sum = 0;
      for (int i = 0; i < levels; i++) {
        long n = histogram.get(i);
        if (n < 0) {
          throw new IllegalArgumentException("histogram counts cannot be negative, got " + n);
        }
        total += n;
        sum += n * level(i, levels, scale);
      }
      if (total == 0) {
        throw new IllegalArgumentException("the histogram holds no ratings");
      }
      if (count != null && count != total) {
        throw new IllegalArgumentException("count " + count + " differs from the histogram's total " + total);
      }
      count = total;
      if (mean == null) {
        mean = sum / total;
      }
    }
    if (mean == null) {
      throw new IllegalArgumentException("a rating needs a mean or a histogram");
    }
    if (!(mean >= 0 && mean <= scale)) {
      throw new IllegalArgumentException("mean " + format(mean) + " is outside the scale 0.." + format(scale));
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
  }

  /** The value of histogram entry {@code i} on the source's scale. */
  static double level(int i, int levels, double scale) {
    return levels == (int) scale ? i + 1 : i;
  }

  /** The levels' values on the source's scale, one per histogram entry; empty without a histogram. */
  public double[] levels() {
    if (histogram == null) {
      return new double[0];
    }
    double[] values = new double[histogram.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = level(i, values.length, scale);
    }
    return values;
  }

  /** Whether the number of ratings behind the mean is known. */
  public boolean countKnown() {
    return count != null;
  }

  static String format(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }
}
