package dev.verdict.curve;

import dev.verdict.eval.Metrics;
import java.util.Arrays;
import java.util.Objects;

/**
 * One training-set size of a learning curve: the primary metric on every outer fold's test rows of
 * a model trained on that many rows of the fold's training rows.
 *
 * @param rows training rows
 * @param scores per outer fold (folds × repeats, in fold order), {@code null} where that fold was not
 *     measured (the budget ran out)
 * @param mean mean over the measured folds
 * @param std sample standard deviation over the measured folds (0 with one)
 * @param fromRun whether these are the cross-validation scores of the run itself (the full training
 *     fold), not new fits
 * @param cutFits how many of its fits an iterative learner ended early because their time share ran
 *     out (such a point may understate what the model reaches at that size)
 */
public record CurvePoint(int rows, Double[] scores, double mean, double std, boolean fromRun, int cutFits) {
  /** A point from its per-fold scores ({@code null} where not measured): mean and sample sd over the measured ones. */
  public static CurvePoint of(int rows, Double[] scores, boolean fromRun, int cutFits) {
    double[] measured = Arrays.stream(scores).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    double mean = measured.length == 0 ? Double.NaN : Metrics.mean(measured);
    double std = measured.length > 1 ? Metrics.sampleStd(measured) : 0;
    return new CurvePoint(rows, scores, mean, std, fromRun, cutFits);
  }

  /** Folds measured at this size. */
  public int measured() {
    int n = 0;
    for (Double s : scores) {
      if (s != null) {
        n++;
      }
    }
    return n;
  }

  /** Whether every fold was measured. */
  public boolean complete() {
    return measured() == scores.length;
  }

  /** Standard error of the mean. */
  public double standardError() {
    int n = measured();
    return n > 1 ? std / Math.sqrt(n) : 0;
  }
}
