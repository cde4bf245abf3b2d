package dev.verdict.profile;

import java.util.Arrays;

/** Distribution of a numeric column or target over its present values. */
public record NumericSummary(
    double min, double q1, double median, double q3, double max, double mean, double std, double skewness) {

  /** Summarises the non-NaN values; {@code null} when there are none. */
  public static NumericSummary of(double[] values) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    int n = v.length;
    if (n == 0) {
      return null;
    }
    double mean = Arrays.stream(v).average().orElse(0);
    double m2 = 0;
    double m3 = 0;
    for (double x : v) {
      double d = x - mean;
      m2 += d * d;
      m3 += d * d * d;
    }
    m2 /= n;
    m3 /= n;
    double std = Math.sqrt(m2);
    double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    return new NumericSummary(v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[n - 1], mean, std, skew);
  }

  /** Linear-interpolated quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
