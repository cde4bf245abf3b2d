package dev.verdict.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PowerLawFitterTest {
  private static final double[] N = {50, 90, 160, 290, 520, 940, 1700, 3000};

  @Test
  void recoversAnExactPowerLaw() {
    double[] e = Arrays.stream(N).map(n -> 2.0 * Math.pow(n, -0.6) + 0.05).toArray();
    PowerLaw fit = PowerLawFitter.fit(N, e, ones());
    assertEquals(2.0, fit.a(), 0.02);
    assertEquals(0.6, fit.b(), 0.005);
    assertEquals(0.05, fit.c(), 0.001);
    assertTrue(fit.r2() > 0.9999);
    assertEquals(2.0 * Math.pow(30_000, -0.6) + 0.05, fit.error(30_000), 1e-4, "extrapolates the law");
  }

  @Test
  void withNoiseTheAsymptoteStaysClose() {
    SplittableRandom random = new SplittableRandom(7);
    double[] e = Arrays.stream(N).map(n -> 1.5 * Math.pow(n, -0.5) + 0.1 + 0.002 * (random.nextDouble() - 0.5)).toArray();
    PowerLaw fit = PowerLawFitter.fit(N, e, ones());
    assertEquals(0.1, fit.c(), 0.01);
    assertTrue(fit.b() > 0.3 && fit.b() < 0.8, "b = " + fit.b());
    assertTrue(fit.r2() > 0.99);
  }

  @Test
  void aFlatCurveFitsFlatAndAnUnrelatedOneExplainsLittle() {
    double[] flat = new double[N.length];
    Arrays.fill(flat, 0.2);
    PowerLaw fit = PowerLawFitter.fit(N, flat, ones());
    assertEquals(0.2, fit.error(100_000), 1e-3);
    double[] zigzag = {0.30, 0.10, 0.31, 0.09, 0.30, 0.10, 0.31, 0.09};
    assertTrue(PowerLawFitter.fit(N, zigzag, ones()).r2() < 0.5);
  }

  private static double[] ones() {
    double[] w = new double[N.length];
    Arrays.fill(w, 1);
    return w;
  }
}
