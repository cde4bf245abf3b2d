package dev.verdict.result;

/**
 * The folds every model shared.
 *
 * @param count number of folds (k)
 * @param repeats how many times the k-fold was repeated with a new shuffle
 * @param stratified whether class proportions were kept per fold
 * @param seed the seed they were made from
 * @param sizes test rows per fold (first repeat)
 * @param foldOfRow the fold in which each row (with a target) was a test row (first repeat)
 * @param selectionFolds how each family's pipeline chose its candidate inside a training fold: by
 *     inner k-fold cross-validation (k &gt; 1), or on one held-out share of the rows (1)
 * @param probabilities whether the cross-validation fits estimated class probabilities where that
 *     costs extra fits (LibSVM); a short budget leaves them out unless the primary metric needs them,
 *     and the saved model always has them
 */
public record FoldPlan(int count, int repeats, boolean stratified, long seed, int[] sizes, int[] foldOfRow,
    int selectionFolds, boolean probabilities) {
  /** All paired scores per model: folds × repeats (J). */
  public int scores() {
    return count * repeats;
  }

  /** How the pipelines selected their candidates, in words: "inner 3-fold cross-validation". */
  public String selectionLabel() {
    return selectionFolds > 1 ? "inner " + selectionFolds + "-fold cross-validation" : "one 20 % holdout";
  }
}
