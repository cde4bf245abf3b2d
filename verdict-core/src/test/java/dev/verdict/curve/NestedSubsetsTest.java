package dev.verdict.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NestedSubsetsTest {
  private static int[] rows(int n) {
    return IntStream.range(100, 100 + n).toArray();
  }

  @Test
  void everyPrefixKeepsTheClassProportionsAndHoldsEveryClass() {
    int n = 1000;
    int[] classOf = new int[n];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      classOf[i] = u < 0.7 ? 0 : u < 0.97 ? 1 : 2; // 70 / 27 / 3 %
    }
    int[] rows = rows(n);
    int[] order = NestedSubsets.order(rows, classOf, 3, 11);
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    assertArrayEquals(rows, sorted, "a permutation of the fold's rows");
    long[] total = new long[3];
    for (int c : classOf) {
      total[c]++;
    }
    int[] seen = new int[3];
    for (int prefix = 1; prefix <= n; prefix++) {
      seen[classOf[order[prefix - 1] - 100]]++;
      if (prefix >= 3) {
        for (int c = 0; c < 3; c++) {
          assertTrue(seen[c] >= 1, "every class in a prefix of " + prefix);
          double expected = prefix * total[c] / (double) n;
          assertTrue(Math.abs(seen[c] - expected) <= 2, "class " + c + " at prefix " + prefix + ": " + seen[c] + " vs " + expected);
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
    int[] classOf = IntStream.range(0, 200).map(i -> i % 2).toArray();
    int[] a = NestedSubsets.order(rows(200), classOf, 2, 5);
    assertArrayEquals(a, NestedSubsets.order(rows(200), classOf, 2, 5));
    assertFalse(Arrays.equals(a, NestedSubsets.order(rows(200), classOf, 2, 6)));
  }

  @Test
  void regressionRowsAreShuffled() {
    int[] order = NestedSubsets.order(rows(50), null, 0, 1);
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    assertArrayEquals(rows(50), sorted);
    assertFalse(Arrays.equals(rows(50), order));
    assertEquals(50, order.length);
  }
}
