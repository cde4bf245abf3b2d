package dev.verdict.curve;

import java.util.List;

/**
 * Sample-size learning curves of both families' selected models, their power-law fits and
 * extrapolations, and the crossover estimate.
 *
 * @param metric the primary metric
 * @param higherIsBetter whether higher scores are better
 * @param dataRows rows of the table (the "current data" of the extrapolations)
 * @param families one curve per family
 * @param crossover where deep learning would overtake classical ML
 * @param skipped what the budget did not allow (sizes, folds), in words
 * @param seconds seconds the curve fits took
 */
public record LearningCurves(String metric, boolean higherIsBetter, int dataRows, List<FamilyCurve> families,
    Crossover crossover, List<String> skipped, double seconds) {
  /** The curve of a family, or {@code null}. */
  public FamilyCurve family(String label) {
    return families.stream().filter(f -> f.family().equals(label)).findFirst().orElse(null);
  }
}
