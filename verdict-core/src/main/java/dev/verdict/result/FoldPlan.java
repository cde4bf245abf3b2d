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
 */
public record FoldPlan(int count, int repeats, boolean stratified, long seed, int[] sizes, int[] foldOfRow) {
  /** All paired scores per model: folds × repeats (J). */
  public int scores() {
    return count * repeats;
  }
}
