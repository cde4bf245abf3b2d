package dev.verdict.curve;

import dev.verdict.split.FoldSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Orders a training fold's rows so that every prefix is a subset for a learning curve: the first n
 * rows are the size-n subset, so a larger subset contains every smaller one. For classification the
 * classes are interleaved so each prefix keeps the fold's class proportions (to within one row per
 * class; every class has a row among the first ones); rows are shuffled within a class with the given seed.
 */
public final class NestedSubsets {
  private NestedSubsets() {}

  /**
   * @param rows the training fold's rows
   * @param classOf class index per entry of {@code rows} (classification), or {@code null} (regression)
   * @param classes number of classes
   * @param seed the seed of the shuffle
   * @return {@code rows} reordered
   */
  public static int[] order(int[] rows, int[] classOf, int classes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    if (classOf == null) {
      int[] out = rows.clone();
      FoldSplitter.shuffle(out, random);
      return out;
    }
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < rows.length; i++) {
      byClass.get(classOf[i]).add(rows[i]);
    }
    int[][] pools = new int[classes][];
    for (int c = 0; c < classes; c++) {
      pools[c] = byClass.get(c).stream().mapToInt(Integer::intValue).toArray();
      FoldSplitter.shuffle(pools[c], random);
    }
    int[] taken = new int[classes];
    int[] out = new int[rows.length];
    int start = 0;
    for (int c = 0; c < classes; c++) {
      // one row of every class first, so even the smallest subset can learn every class
      if (pools[c].length > 0) {
        out[start++] = pools[c][taken[c]++];
      }
    }
    for (int n = start; n < rows.length; n++) {
      // the class furthest behind its share of a prefix of n + 1 rows goes next (ties: the rarer class,
      // so the smallest subsets hold every class as early as possible)
      int next = -1;
      double worst = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        if (taken[c] == pools[c].length) {
          continue;
        }
        double deficit = (n + 1) * (double) pools[c].length / rows.length - taken[c];
        if (deficit > worst + 1e-12 || (Math.abs(deficit - worst) <= 1e-12 && pools[c].length < pools[next].length)) {
          worst = deficit;
          next = c;
        }
      }
      out[n] = pools[next][taken[next]++];
    }
    return out;
  }
}
