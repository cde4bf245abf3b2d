package dev.verdict.eval;

import java.util.Arrays;

/** The metric formulas. Inputs are plain arrays; nothing here knows about models. */
public final class Metrics {
  private static final double EPS = 1e-15;

  private Metrics() {}

  /** Mean of values (NaN when empty). */
  public static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** Sample standard deviation (n − 1); 0 for fewer than two values. Used for spreads over folds. */
  public static double sampleStd(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double m = mean(values);
    double ss = 0;
    for (double v : values) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (values.length - 1));
  }

  public static double accuracy(int[] truth, int[] predicted) {
    int right = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == predicted[i]) {
        right++;
      }
    }
    return (double) right / truth.length;
  }

  /**
   * Unweighted mean of per-class F1 over the classes present in the truth or the predictions (as
   * scikit-learn's {@code f1_score(average="macro")} with its default labels); a class with no true
   * and no predicted rows is left out, one with no correct prediction counts as 0.
   */
  public static double macroF1(int[] truth, int[] predicted, int classes) {
    long[] tp = new long[classes];
    long[] fp = new long[classes];
    long[] fn = new long[classes];
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == predicted[i]) {
        tp[truth[i]]++;
      } else {
        fp[predicted[i]]++;
        fn[truth[i]]++;
      }
    }
    double sum = 0;
    int counted = 0;
    for (int c = 0; c < classes; c++) {
      if (tp[c] + fp[c] + fn[c] == 0) {
        continue;
      }
      counted++;
      sum += 2.0 * tp[c] / (2.0 * tp[c] + fp[c] + fn[c]);
    }
    return counted == 0 ? 0 : sum / counted;
  }

  /** Mean negative log-likelihood of the true class, probabilities clipped to [1e-15, 1]. */
  public static double logLoss(int[] truth, double[][] probabilities) {
    double sum = 0;
    for (int i = 0; i < truth.length; i++) {
      double[] p = probabilities[i];
      double total = 0;
      for (double v : p) {
        total += v;
      }
      double q = total > 0 ? p[truth[i]] / total : 1.0 / p.length;
      sum -= Math.log(Math.min(1, Math.max(EPS, q)));
    }
    return sum / truth.length;
  }

  /**
   * Area under the ROC curve for a binary task, class 1 positive, from the Mann-Whitney rank sum
   * (ties get mid-ranks). NaN when one class is absent.
   */
  public static double rocAuc(int[] truth, double[] scoreOfPositive) {
    int n = truth.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scoreOfPositive[a], scoreOfPositive[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scoreOfPositive[order[j + 1]] == scoreOfPositive[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    long positives = 0;
    double rankSum = 0;
    for (int k = 0; k < n; k++) {
      if (truth[k] == 1) {
        positives++;
        rankSum += ranks[k];
      }
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  public static double rmse(double[] truth, double[] predicted) {
    double ss = 0;
    for (int i = 0; i < truth.length; i++) {
      double d = truth[i] - predicted[i];
      ss += d * d;
    }
    return Math.sqrt(ss / truth.length);
  }

  public static double mae(double[] truth, double[] predicted) {
    double s = 0;
    for (int i = 0; i < truth.length; i++) {
      s += Math.abs(truth[i] - predicted[i]);
    }
    return s / truth.length;
  }

  /** Coefficient of determination, 1 − SS_res / SS_tot (can be negative). */
  public static double r2(double[] truth, double[] predicted) {
    double mean = Arrays.stream(truth).average().orElse(0);
    double res = 0;
    double tot = 0;
    for (int i = 0; i < truth.length; i++) {
      res += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
      tot += (truth[i] - mean) * (truth[i] - mean);
    }
    return tot == 0 ? (res == 0 ? 1 : 0) : 1 - res / tot;
  }
}
