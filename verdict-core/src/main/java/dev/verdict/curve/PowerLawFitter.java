package dev.verdict.curve;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits error(n) = a·n^(−b) + c by weighted least squares (Levenberg–Marquardt from Commons Math),
 * with a &gt; 0, b in [0.001, 5] and c in [0, the largest error] (parametrised as ln a, ln b, c). The
 * start comes from a grid over c, where ln(error − c) is linear in ln n.
 */
public final class PowerLawFitter {
  private static final double MIN_B = 1e-3;
  private static final double MAX_B = 5;
  private static final double[] START_C = {0, 0.2, 0.4, 0.6, 0.8, 0.95};

  private PowerLawFitter() {}

  /**
   * @param n training sizes (at least 3, distinct)
   * @param error mean error at each size
   * @param weight weight of each size (1 / squared standard error)
   * @return the fit, with its R² on {@code error} (unweighted; 1 when the curve is flat), no intervals
   */
  public static PowerLaw fit(double[] n, double[] error, double[] weight) {
    if (n.length < 3) {
      throw new IllegalArgumentException("a power law with 3 parameters needs at least 3 sizes, got " + n.length);
    }
    double maxError = 0;
    for (double e : error) {
      maxError = Math.max(maxError, e);
    }
    double[] start = start(n, error, weight);
    double cap = Math.max(maxError, 1e-12);
    LeastSquaresProblem problem = new LeastSquaresBuilder()
        .start(start)
        .model(p -> {
          double a = Math.exp(p.getEntry(0));
          double b = Math.exp(p.getEntry(1));
          RealVector value = new ArrayRealVector(n.length);
          RealMatrix jacobian = new Array2DRowRealMatrix(n.length, 3);
          for (int i = 0; i < n.length; i++) {
            double term = a * Math.pow(n[i], -b);
            value.setEntry(i, term + p.getEntry(2));
            jacobian.setEntry(i, 0, term);
            jacobian.setEntry(i, 1, -term * Math.log(n[i]) * b);
            jacobian.setEntry(i, 2, 1);
          }
          return new Pair<>(value, jacobian);
        })
        .target(error)
        .weight(new DiagonalMatrix(weight.clone()))
        .parameterValidator(p -> {
          RealVector q = p.copy();
          q.setEntry(1, Math.max(Math.log(MIN_B), Math.min(Math.log(MAX_B), q.getEntry(1))));
          q.setEntry(2, Math.max(0, Math.min(cap, q.getEntry(2))));
          q.setEntry(0, Math.max(-700, Math.min(700, q.getEntry(0))));
          return q;
        })
        .maxEvaluations(2000)
        .maxIterations(2000)
        .build();
    double[] p = start;
    try {
      LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
      double[] q = optimum.getPoint().toArray();
      if (sse(n, error, weight, q) <= sse(n, error, weight, start)) {
        p = q;
      }
    } catch (MathIllegalStateException e) {
      // no convergence: the grid start stands
    }
    double a = Math.exp(p[0]);
    double b = Math.exp(p[1]);
    double c = p[2];
    return new PowerLaw(a, b, c, r2(n, error, a, b, c), null, null, null);
  }

  /** The share of the variance of {@code error} that the curve explains; 1 for a flat curve fitted exactly. */
  static double r2(double[] n, double[] error, double a, double b, double c) {
    double mean = 0;
    for (double e : error) {
      mean += e / error.length;
    }
    double total = 0;
    double residual = 0;
    for (int i = 0; i < n.length; i++) {
      total += (error[i] - mean) * (error[i] - mean);
      double r = error[i] - (a * Math.pow(n[i], -b) + c);
      residual += r * r;
    }
    if (total < 1e-18) {
      return residual < 1e-18 ? 1 : 0;
    }
    return 1 - residual / total;
  }

  /** The best of a grid over c: for each, a weighted line through (ln n, ln(error − c)). */
  private static double[] start(double[] n, double[] error, double[] weight) {
    double minError = Double.POSITIVE_INFINITY;
    for (double e : error) {
      minError = Math.min(minError, e);
    }
    double[] best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (double share : START_C) {
      double c = share * minError;
      double sw = 0;
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      boolean usable = true;
      for (int i = 0; i < n.length; i++) {
        double d = error[i] - c;
        if (d <= 0) {
          usable = false;
          break;
        }
        double x = Math.log(n[i]);
        double y = Math.log(d);
        double w = weight[i];
        sw += w;
        sx += w * x;
        sy += w * y;
        sxx += w * x * x;
        sxy += w * x * y;
      }
      double det = sw * sxx - sx * sx;
      if (!usable || Math.abs(det) < 1e-300) {
        continue;
      }
      double slope = (sw * sxy - sx * sy) / det;
      double intercept = (sy - slope * sx) / sw;
      double b = Math.max(MIN_B, Math.min(MAX_B, -slope));
      double[] p = {intercept, Math.log(b), c};
      double sse = sse(n, error, weight, p);
      if (sse < bestSse) {
        bestSse = sse;
        best = p;
      }
    }
    if (best == null) {
      // every error is zero: a flat curve at zero
      return new double[] {Math.log(1e-12), Math.log(0.5), 0};
    }
    return best;
  }

  private static double sse(double[] n, double[] error, double[] weight, double[] p) {
    double a = Math.exp(p[0]);
    double b = Math.exp(p[1]);
    double s = 0;
    for (int i = 0; i < n.length; i++) {
      double r = error[i] - (a * Math.pow(n[i], -b) + p[2]);
      s += weight[i] * r * r;
    }
    return s;
  }
}
