package dev.verdict.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrectedResampledTTestTest {
  @Test
  void matchesTheFormulaByHand() {
    double[] d = {0.02, 0.01, 0.03, 0.00, 0.04};
    // mean 0.02, sample variance 0.00025, ratio 0.25: se = sqrt((0.2 + 0.25) * 0.00025) = 0.0106066
    CorrectedResampledTTest.Result r = CorrectedResampledTTest.test(d, 0.25, 0.95);
    assertEquals(0.02, r.meanDifference(), 1e-12);
    assertEquals(0.00025, r.variance(), 1e-12);
    assertEquals(0.02 / Math.sqrt(0.45 * 0.00025), r.t(), 1e-9);
    assertEquals(4, r.degreesOfFreedom());
    // t = 1.8856 on 4 df: two-sided p = 0.1324 (Student t tables); t_0.975,4 = 2.7764
    assertEquals(0.1324, r.pValue(), 5e-4);
    assertEquals(0.02 - 2.7764 * 0.0106066, r.lower(), 1e-4);
    assertEquals(0.02 + 2.7764 * 0.0106066, r.upper(), 1e-4);
    assertFalse(r.significant());
  }

  @Test
  void theCorrectionWidensTheInterval() {
    double[] d = {0.02, 0.01, 0.03, 0.00, 0.04};
    CorrectedResampledTTest.Result small = CorrectedResampledTTest.test(d, 1e-9, 0.95);
    CorrectedResampledTTest.Result corrected = CorrectedResampledTTest.test(d, 0.25, 0.95);
    assertTrue(corrected.upper() - corrected.lower() > small.upper() - small.lower());
    assertTrue(corrected.pValue() > small.pValue());
  }

  @Test
  void clearDifferencesAreSignificant() {
    double[] d = {0.10, 0.11, 0.09, 0.10, 0.12, 0.10, 0.11, 0.09, 0.10, 0.11};
    CorrectedResampledTTest.Result r = CorrectedResampledTTest.test(d, 0.25, 0.95);
    assertTrue(r.significant());
    assertTrue(r.lower() > 0);
    assertTrue(r.pValue() < 0.001);
  }

  @Test
  void identicalDifferences() {
    assertEquals(1.0, CorrectedResampledTTest.test(new double[] {0, 0, 0}, 0.5, 0.95).pValue());
    CorrectedResampledTTest.Result r = CorrectedResampledTTest.test(new double[] {0.1, 0.1, 0.1}, 0.5, 0.95);
    assertEquals(0.0, r.pValue());
    assertTrue(r.significant());
  }

  @Test
  void rejectsTooFewSamples() {
    assertThrows(IllegalArgumentException.class, () -> CorrectedResampledTTest.test(new double[] {1}, 0.2, 0.95));
  }
}
