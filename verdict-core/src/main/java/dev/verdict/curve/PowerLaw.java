package dev.verdict.curve;

/**
 * A saturating power law, error(n) = a·n^(−b) + c, fitted to a learning curve by weighted least
 * squares (error = 1 − score for metrics where higher is better, else the metric itself, e.g. RMSE).
 *
 * @param a scale
 * @param b decay exponent (&gt; 0)
 * @param c the error it tends to with unlimited data (≥ 0)
 * @param r2 share of the variance of the mean curve that the fit explains
 * @param aInterval 95 % bootstrap interval of {@code a}, or {@code null}
 * @param bInterval 95 % bootstrap interval of {@code b}, or {@code null}
 * @param cInterval 95 % bootstrap interval of {@code c}, or {@code null}
 */
public record PowerLaw(double a, double b, double c, double r2, double[] aInterval, double[] bInterval,
    double[] cInterval) {
  /** The fitted error at {@code n} rows. */
  public double error(double n) {
    return a * Math.pow(n, -b) + c;
  }

  PowerLaw withIntervals(double[] ai, double[] bi, double[] ci) {
    return new PowerLaw(a, b, c, r2, ai, bi, ci);
  }
}
