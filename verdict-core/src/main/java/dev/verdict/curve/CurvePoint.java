package dev.verdict.curve;

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
