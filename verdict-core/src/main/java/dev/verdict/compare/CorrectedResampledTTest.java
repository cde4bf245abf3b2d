package dev.verdict.compare;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The corrected resampled t-test of Nadeau and Bengio (2003, "Inference for the Generalization
 * Error", Machine Learning 52) for paired scores from (repeated) k-fold cross-validation. The
 * training sets of the folds overlap, so the plain paired t-test underestimates the variance; the
 * correction inflates it by {@code n_test / n_train}:
 *
 * <pre>t = mean(d) / sqrt((1/J + n_test/n_train) · var(d)),  J − 1 degrees of freedom</pre>
 *
 * where {@code d_j} are the per-fold differences and {@code var} the sample variance.
 */
public final class CorrectedResampledTTest {
  private CorrectedResampledTTest() {}

  /**
   * The test's result.
   *
   * @param samples J, the number of paired differences
   * @param meanDifference mean of the differences
   * @param variance sample variance of the differences (n − 1)
   * @param testTrainRatio n_test / n_train
   * @param t the statistic (±infinity when the differences are identical and non-zero)
   * @param degreesOfFreedom J − 1
   * @param pValue two-sided p-value
   * @param confidence the confidence level of the interval, e.g. 0.95
   * @param lower lower end of the interval for the mean difference
   * @param upper upper end
   */
  public record Result(int samples, double meanDifference, double variance, double testTrainRatio, double t,
      int degreesOfFreedom, double pValue, double confidence, double lower, double upper) {

    /** True when the interval excludes zero. */
    public boolean significant() {
      return lower > 0 || upper < 0;
    }
  }

  /**
   * Tests whether the mean of paired differences is zero.
   *
   * @param differences per-fold differences, at least two
   * @param testTrainRatio n_test / n_train of the folds
   * @param confidence level of the two-sided interval, in (0, 1)
   */
  public static Result test(double[] differences, double testTrainRatio, double confidence) {
    int j = differences.length;
    if (j < 2) {
      throw new IllegalArgumentException("need at least 2 paired differences, got " + j);
    }
    if (!(testTrainRatio > 0)) {
      throw new IllegalArgumentException("test/train ratio must be positive, got " + testTrainRatio);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    double mean = Arrays.stream(differences).average().orElse(0);
    double ss = 0;
    for (double d : differences) {
      ss += (d - mean) * (d - mean);
    }
    double variance = ss / (j - 1);
    double standardError = Math.sqrt((1.0 / j + testTrainRatio) * variance);
    int df = j - 1;
    TDistribution dist = TDistribution.of(df);
    double quantile = dist.inverseSurvivalProbability((1 - confidence) / 2);
    if (standardError == 0 || standardError <= 1e-12 * Math.abs(mean)) { // identical differences
      double t = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
      return new Result(j, mean, variance, testTrainRatio, t, df, mean == 0 ? 1 : 0, confidence, mean, mean);
    }
    double t = mean / standardError;
    double p = Math.min(1, 2 * dist.survivalProbability(Math.abs(t)));
    return new Result(j, mean, variance, testTrainRatio, t, df, p, confidence,
        mean - quantile * standardError, mean + quantile * standardError);
  }
}
