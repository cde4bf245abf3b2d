package dev.verdict.model;

/**
 * A model's output for a set of rows.
 *
 * @param values predicted class index (as a double) for classification, or predicted value
 * @param probabilities per row, one probability per class; {@code null} when the model gives none
 */
public record Predictions(double[] values, double[][] probabilities) {
  public int size() {
    return values.length;
  }

  public boolean hasProbabilities() {
    return probabilities != null;
  }

  /** Predictions from class probabilities: the value is the most probable class. */
  public static Predictions fromProbabilities(double[][] probabilities) {
    double[] values = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      double[] p = probabilities[i];
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      values[i] = best;
    }
    return new Predictions(values, probabilities);
  }
}
