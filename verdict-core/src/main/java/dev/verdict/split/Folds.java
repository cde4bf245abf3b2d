package dev.verdict.split;

import java.util.Arrays;

/**
 * A k-fold partition of the rows {@code 0..n-1}: each row is in exactly one test fold. Made once
 * per run from its seed and shared by every model.
 *
 * @param rows number of rows partitioned
 * @param stratified whether class proportions were kept in every fold
 * @param seed the seed the partition was made from
 * @param testRows for each fold, its test rows in ascending order
 */
public record Folds(int rows, boolean stratified, long seed, int[][] testRows) {
  public int count() {
    return testRows.length;
  }

  public int[] test(int fold) {
    return testRows[fold];
  }

  /** The rows not in {@code fold}, ascending. */
  public int[] train(int fold) {
    boolean[] inTest = new boolean[rows];
    for (int r : testRows[fold]) {
      inTest[r] = true;
    }
    int[] out = new int[rows - testRows[fold].length];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      if (!inTest[r]) {
        out[k++] = r;
      }
    }
    return out;
  }

  /** Fold sizes, for reports. */
  public int[] sizes() {
    return Arrays.stream(testRows).mapToInt(f -> f.length).toArray();
  }
}
