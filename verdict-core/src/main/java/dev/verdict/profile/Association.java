package dev.verdict.profile;

import dev.verdict.model.TaskType;
import dev.verdict.prep.Feature;
import dev.verdict.prep.FeatureTable;
import java.util.Arrays;

/**
 * Univariate links between one feature and the target: a strength in [0, 1] (η² of a numeric
 * feature by class, Cramér's V² of a categorical one, r² or η² for a numeric target) and a leakage
 * test (the feature alone predicts nearly every row).
 */
final class Association {
  private Association() {}

  static double strength(Feature f, FeatureTable t) {
    double[] y = t.target();
    if (t.task() == TaskType.CLASSIFICATION) {
      return f.isCategorical() ? cramersV2(f.codes(), f.levels().length, y, t.classCount()) : etaSquared(f.numbers(), y, t.classCount());
    }
    return f.isCategorical() ? etaSquaredByLevel(f.codes(), f.levels().length, y) : pearsonR2(f.numbers(), y);
  }

  static boolean leaks(Feature f, FeatureTable t) {
    double[] y = t.target();
    if (t.task() == TaskType.REGRESSION) {
      if (f.isCategorical()) {
        int levels = (int) Arrays.stream(f.codes()).filter(c -> c >= 0).distinct().count();
        return levels <= t.rows() / 10 && etaSquaredByLevel(f.codes(), f.levels().length, y) >= Profiler.LEAKAGE_PURITY;
      }
      return pearsonR2(f.numbers(), y) >= Profiler.LEAKAGE_PURITY * Profiler.LEAKAGE_PURITY;
    }
    int classes = t.classCount();
    int[] classCounts = new int[classes];
    for (double v : y) {
      classCounts[(int) v]++;
    }
    double majority = (double) Arrays.stream(classCounts).max().orElse(0) / y.length;
    if (majority >= Profiler.LEAKAGE_PURITY) {
      return false; // anything "predicts" a near-constant target
    }
    double purity;
    if (f.isCategorical()) {
      int levels = (int) Arrays.stream(f.codes()).filter(c -> c >= 0).distinct().count();
      if (levels > t.rows() / 10) {
        return false; // many small groups are pure by chance
      }
      purity = groupPurity(f.codes(), f.levels().length, y, classes);
    } else {
      purity = binnedPurity(f.numbers(), y, classes);
    }
    return purity >= Profiler.LEAKAGE_PURITY;
  }

  /** Share of present rows whose class is the majority class of their level. */
  private static double groupPurity(int[] codes, int levels, double[] y, int classes) {
    int[][] counts = new int[levels][classes];
    int present = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        counts[codes[i]][(int) y[i]]++;
        present++;
      }
    }
    long best = 0;
    for (int[] row : counts) {
      best += Arrays.stream(row).max().orElse(0);
    }
    return present == 0 ? 0 : (double) best / present;
  }

  /** Share of present rows predicted by the majority class of their equal-frequency bin of the feature. */
  private static double binnedPurity(double[] x, double[] y, int classes) {
    Integer[] order = presentOrder(x);
    int m = order.length;
    if (m < 20) {
      return 0;
    }
    int bins = Math.max(2, Math.min(20, m / 10));
    long best = 0;
    int[] counts = new int[classes];
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * m / bins);
      int to = (int) ((long) (b + 1) * m / bins);
      Arrays.fill(counts, 0);
      for (int i = from; i < to; i++) {
        counts[(int) y[order[i]]]++;
      }
      best += Arrays.stream(counts).max().orElse(0);
    }
    return (double) best / m;
  }

  private static Integer[] presentOrder(double[] x) {
    Integer[] order = new Integer[(int) Arrays.stream(x).filter(v -> !Double.isNaN(v)).count()];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        order[k++] = i;
      }
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    return order;
  }

  /** Correlation ratio: between-class variance of x over its total variance. */
  private static double etaSquared(double[] x, double[] y, int classes) {
    double[] sum = new double[classes];
    int[] count = new int[classes];
    double total = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        sum[(int) y[i]] += x[i];
        count[(int) y[i]]++;
        total += x[i];
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = total / n;
    double ssTotal = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ssTotal += (v - mean) * (v - mean);
      }
    }
    double ssBetween = 0;
    for (int c = 0; c < classes; c++) {
      if (count[c] > 0) {
        double m = sum[c] / count[c];
        ssBetween += count[c] * (m - mean) * (m - mean);
      }
    }
    return ssTotal == 0 ? 0 : ssBetween / ssTotal;
  }

  /** η² of a numeric target grouped by the levels of a categorical feature. */
  private static double etaSquaredByLevel(int[] codes, int levels, double[] y) {
    double[] sum = new double[levels];
    int[] count = new int[levels];
    double total = 0;
    int n = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        sum[codes[i]] += y[i];
        count[codes[i]]++;
        total += y[i];
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = total / n;
    double ssTotal = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        ssTotal += (y[i] - mean) * (y[i] - mean);
      }
    }
    double ssBetween = 0;
    for (int l = 0; l < levels; l++) {
      if (count[l] > 0) {
        double m = sum[l] / count[l];
        ssBetween += count[l] * (m - mean) * (m - mean);
      }
    }
    return ssTotal == 0 ? 0 : ssBetween / ssTotal;
  }

  /** Cramér's V squared, χ² / (n · (min(levels, classes) − 1)). */
  private static double cramersV2(int[] codes, int levels, double[] y, int classes) {
    long[][] counts = new long[levels][classes];
    long[] rowSum = new long[levels];
    long[] colSum = new long[classes];
    long n = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        counts[codes[i]][(int) y[i]]++;
        rowSum[codes[i]]++;
        colSum[(int) y[i]]++;
        n++;
      }
    }
    int usedLevels = (int) Arrays.stream(rowSum).filter(v -> v > 0).count();
    int usedClasses = (int) Arrays.stream(colSum).filter(v -> v > 0).count();
    int k = Math.min(usedLevels, usedClasses);
    if (n == 0 || k < 2) {
      return 0;
    }
    double chi2 = 0;
    for (int l = 0; l < levels; l++) {
      if (rowSum[l] == 0) {
        continue;
      }
      for (int c = 0; c < classes; c++) {
        if (colSum[c] == 0) {
          continue;
        }
        double expected = (double) rowSum[l] * colSum[c] / n;
        double d = counts[l][c] - expected;
        chi2 += d * d / expected;
      }
    }
    return Math.min(1, chi2 / (n * (k - 1.0)));
  }

  private static double pearsonR2(double[] x, double[] y) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        sx += x[i];
        sy += y[i];
        n++;
      }
    }
    if (n < 3) {
      return 0;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    return sxx == 0 || syy == 0 ? 0 : (sxy * sxy) / (sxx * syy);
  }
}
