package dev.verdict.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveSizesTest {
  @Test
  void theSmallestSizeIsTheLargestOfThirtyFivePerClassAndFivePercent() {
    assertEquals(30, CurveSizes.minimum(400, 2));
    assertEquals(130, CurveSizes.minimum(1000, 26));
    assertEquals(800, CurveSizes.minimum(16_000, 26));
    assertEquals(20, CurveSizes.minimum(20, 2), "never above the fold");
  }

  @Test
  void sizesAreLogSpacedAscendingAndEndAtTheFold() {
    int[] sizes = CurveSizes.of(16_000, 2, 8);
    assertEquals(8, sizes.length);
    assertEquals(800, sizes[0]);
    assertEquals(16_000, sizes[7]);
    for (int i = 1; i < sizes.length; i++) {
      double ratio = sizes[i] / (double) sizes[i - 1];
      assertEquals(Math.pow(20, 1 / 7.0), ratio, 0.01, "equal steps on a log scale");
    }
    assertEquals(4, java.util.Arrays.stream(sizes).filter(n -> n <= 0.2 * 16_000).count(), "four sizes at or below 20 % of the fold");
  }

  @Test
  void aNarrowRangeGivesFewerDistinctSizes() {
    assertArrayEquals(new int[] {30, 31, 32, 33, 34, 35}, CurveSizes.of(35, 2, 8));
    int[] tiny = CurveSizes.of(31, 2, 8);
    assertTrue(tiny.length == 2 && tiny[0] == 30 && tiny[1] == 31);
  }
}
