package dev.verdict.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainingSet;

/** Makes k-fold partitions, stratified by class or plain, from a seed. */
public final class FoldSplitter {
  private FoldSplitter() {}

  /**
   * Stratified k folds: the rows of each class are shuffled and dealt to the folds in turn, so every
   * fold holds each class in (nearly) its overall proportion and fold sizes differ by at most one.
   */
  public static Folds stratified(int[] labels, int classes, int k, long seed) {
    check(labels.length, k);
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int r = 0; r < labels.length; r++) {
      byClass.get(labels[r]).add(r);
    }
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    int next = 0; // continue dealing where the previous class stopped, to balance fold sizes
    for (List<Integer> members : byClass) {
      int[] shuffled = members.stream().mapToInt(Integer::intValue).toArray();
      shuffle(shuffled, random);
      for (int r : shuffled) {
        folds.get(next).add(r);
        next = (next + 1) % k;
      }
    }
    return new Folds(labels.length, true, seed, 1, toSortedArrays(folds));
  }

  /** Plain k folds of shuffled rows, for regression. */
  public static Folds plain(int rows, int k, long seed) {
    check(rows, k);
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    shuffle(order, new SplittableRandom(seed));
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < rows; i++) {
      folds.get(i % k).add(order[i]);
    }
    return new Folds(rows, false, seed, 1, toSortedArrays(folds));
  }

  /**
   * A seeded holdout of about {@code share} of a training set's rows (stratified by class for
   * classification), for early stopping inside a training fold. Returns {fit rows, held-out rows},
   * each ascending.
   */
  public static int[][] holdout(TrainingSet data, double share, long seed) {
    return holdout(data.y(), data.task(), data.classes(), share, seed);
  }

  /** As {@link #holdout(TrainingSet, double, long)}, over the rows {@code 0..y.length-1}. */
  public static int[][] holdout(double[] y, TaskType task, int classes, double share, long seed) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("holdout share must be in (0, 1), got " + share);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = y.length;
    int groups = task == TaskType.CLASSIFICATION ? classes : 1;
    List<Integer> fit = new ArrayList<>();
    List<Integer> hold = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (groups == 1 || (int) y[r] == g) {
          members.add(r);
        }
      }
      int[] shuffled = members.stream().mapToInt(Integer::intValue).toArray();
      shuffle(shuffled, random);
      int held = (int) Math.round(shuffled.length * share);
      for (int i = 0; i < shuffled.length; i++) {
        (i < held ? hold : fit).add(shuffled[i]);
      }
    }
    return new int[][] {fit.stream().mapToInt(Integer::intValue).sorted().toArray(),
        hold.stream().mapToInt(Integer::intValue).sorted().toArray()};
  }

  /**
   * {@code repeats} k-fold partitions one after the other: the first from {@code seed} (the same as
   * an unrepeated run), the others from seeds derived from it.
   */
  public static Folds repeated(java.util.function.LongFunction<Folds> partition, long seed, int repeats) {
    List<int[]> all = new ArrayList<>();
    Folds first = null;
    for (int r = 0; r < repeats; r++) {
      long s = r == 0 ? seed : seed * 0x9E3779B97F4A7C15L + r * 0xBF58476D1CE4E5B9L;
      Folds f = partition.apply(s);
      if (first == null) {
        first = f;
      }
      all.addAll(Arrays.asList(f.testRows()));
    }
    return new Folds(first.rows(), first.stratified(), seed, repeats, all.toArray(int[][]::new));
  }

  private static void check(int rows, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("need at least 2 folds, got " + k);
    }
    if (rows < k) {
      throw new IllegalArgumentException(rows + " rows cannot fill " + k + " folds");
    }
  }

  /** Shuffles {@code a} in place (Fisher–Yates) with {@code random}. */
  public static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static int[][] toSortedArrays(List<List<Integer>> folds) {
    int[][] out = new int[folds.size()][];
    for (int f = 0; f < out.length; f++) {
      out[f] = folds.get(f).stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(out[f]);
    }
    return out;
  }
}
