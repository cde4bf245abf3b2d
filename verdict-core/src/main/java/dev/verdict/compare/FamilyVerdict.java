package dev.verdict.compare;

/**
 * The answer to "classical ML or deep learning?" for this data, with its evidence.
 *
 * @param outcome which family is better, or that the difference is not significant
 * @param metric the primary metric compared
 * @param difference mean over folds of (deep − classical), in the direction where higher is better
 *     (−RMSE for regression)
 * @param lower lower end of the 95 % confidence interval of {@code difference}
 * @param upper upper end
 * @param pValue two-sided p-value
 * @param test the test used
 * @param folds J, the number of paired fold scores
 * @param classical the classical family's selected pipeline
 * @param deep the deep family's selected pipeline
 * @param recommended the family to use: the winner, or the cheaper one when there is no significant
 *     difference
 * @param adviceCheck whether the rule-of-thumb advice held here, in one sentence
 * @param paragraph the verdict in plain language
 */
public record FamilyVerdict(
    Outcome outcome,
    String metric,
    double difference,
    double lower,
    double upper,
    double pValue,
    String test,
    int folds,
    SelectedPipeline classical,
    SelectedPipeline deep,
    String recommended,
    String adviceCheck,
    String paragraph) {

  /** The three possible answers. */
  public enum Outcome {
    CLASSICAL,
    DEEP,
    NO_SIGNIFICANT_DIFFERENCE
  }
}
