package dev.verdict.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FoldSplitterTest {
  private static int[] labels(int n, int classes, double skew) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i < n * skew ? 0 : 1 + i % (classes - 1);
    }
    return y;
  }

  @Test
  void everyRowIsInExactlyOneTestFold() {
    Folds f = FoldSplitter.stratified(labels(103, 3, 0.5), 3, 5, 42);
    int[] seen = new int[103];
    for (int k = 0; k < f.count(); k++) {
      for (int r : f.test(k)) {
        seen[r]++;
      }
      assertEquals(103 - f.test(k).length, f.train(k).length);
    }
    assertTrue(Arrays.stream(seen).allMatch(c -> c == 1));
    int[] sizes = f.sizes();
    assertTrue(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt() <= 1);
  }

  @Test
  void stratifiedFoldsKeepClassProportions() {
    int[] y = labels(1000, 2, 0.9);
    Folds f = FoldSplitter.stratified(y, 2, 5, 1);
    for (int k = 0; k < 5; k++) {
      long minority = Arrays.stream(f.test(k)).filter(r -> y[r] == 1).count();
      assertEquals(20, minority, 1, "fold " + k);
    }
  }

  @Test
  void sameSeedSameFoldsOtherSeedOtherFolds() {
    int[] y = labels(200, 2, 0.5);
    Folds a = FoldSplitter.stratified(y, 2, 5, 7);
    Folds b = FoldSplitter.stratified(y, 2, 5, 7);
    Folds c = FoldSplitter.stratified(y, 2, 5, 8);
    for (int k = 0; k < 5; k++) {
      assertArrayEquals(a.test(k), b.test(k));
    }
    assertFalse(Arrays.equals(a.test(0), c.test(0)));
    assertArrayEquals(FoldSplitter.plain(50, 4, 3).test(2), FoldSplitter.plain(50, 4, 3).test(2));
  }
}
