package dev.verdict.split;

import java.util.Arrays;

/**
 * A k-fold partition of the rows {@code 0..n-1}, possibly repeated with new shuffles: within each
 * repeat every row is in exactly one test fold. Made once per run from its seed and shared by every
 * model. Fold {@code i} belongs to repeat {@code i / k}.
 *
 * @param rows number of rows partitioned
 * @param stratified whether class proportions were kept in every fold
 * @param seed the seed the partition was made from
 * @param repeats how many k-fold partitions follow each other in {@code testRows}
 * @param testRows for each fold of each repeat, its test rows in ascending order
 */
public record Folds(int rows, boolean stratified, long seed, int repeats, int[][] testRows) {
  public Folds {
    if (repeats < 1 || testRows.length % repeats != 0) {
      throw new IllegalArgumentException(testRows.length + " folds cannot form " + repeats + " repeats");
    }
  }

  /** All folds of all repeats (J = k × repeats). */
  public int count() {
    return testRows.length;
  }

  /** Folds per repeat (k). */
  public int perRepeat() {
    return testRows.length / repeats;
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

  /** Test sizes of the first repeat's folds, for reports. */
  public int[] sizes() {
    return Arrays.stream(testRows).limit(perRepeat()).mapToInt(f -> f.length).toArray();
  }
}
