package dev.verdict.curve;

/**
 * An honest check of the extrapolation: the curve is fitted only on the sizes up to a fraction of
 * the full training fold, and its prediction at the full size is compared with the measured score.
 * The prediction's 95 % interval comes from the same bootstrap over folds as the curve's, so the
 * check also tells whether the measured score fell inside the uncertainty the fit claimed.
 *
 * @param fittedUpTo the largest training size the check's fit saw
 * @param sizes how many sizes it saw
 * @param predicted the predicted score at the full size
 * @param low lower end of the prediction's 95 % bootstrap interval ({@code null} with fewer than 2 folds)
 * @param high upper end of that interval ({@code null} with fewer than 2 folds)
 * @param measured the measured mean score at the full size
 * @param error predicted − measured, in the metric's units
 */
public record HoldOutCheck(int fittedUpTo, int sizes, double predicted, Double low, Double high, double measured,
    double error) {

  /** Whether the measured score lies inside the prediction's interval ({@code false} when there is none). */
  public boolean measuredInsideInterval() {
    return low != null && high != null && low <= measured && measured <= high;
  }
}
