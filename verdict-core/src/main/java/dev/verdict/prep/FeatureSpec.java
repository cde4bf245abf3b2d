package dev.verdict.prep;

/**
 * How a trainer wants its features prepared. The preparation is always fitted on the training rows
 * of a fold only.
 *
 * @param standardize scale numeric columns to mean 0 and standard deviation 1
 * @param impute replace missing numbers by the training median (and add a missing-indicator column);
 *     when false, missing numbers stay {@code NaN} for learners that handle them natively
 * @param maxLevels one-hot columns per categorical column at most (the most frequent levels; the rest
 *     share an "other" column)
 */
public record FeatureSpec(boolean standardize, boolean impute, int maxLevels) {
  public FeatureSpec {
    if (maxLevels < 1) {
      throw new IllegalArgumentException("maxLevels must be at least 1, got " + maxLevels);
    }
  }

  /** For learners that handle missing values and need no scaling (gradient-boosted trees). */
  public static FeatureSpec keepMissing() {
    return new FeatureSpec(false, false, 64);
  }

  /** For trees that need complete data but no scaling. */
  public static FeatureSpec imputed() {
    return new FeatureSpec(false, true, 64);
  }

  /** For distance- and gradient-based learners: imputed and standardised. */
  public static FeatureSpec standardized() {
    return new FeatureSpec(true, true, 64);
  }
}
