package dev.verdict.result;

import java.util.List;

/**
 * How the recommended model errs, from its out-of-fold predictions (each row predicted by the model
 * of the fold that did not train on it): a confusion matrix for classification, (actual, predicted)
 * pairs for regression.
 *
 * @param model the model's id
 * @param classes class names in index order (classification), else {@code null}
 * @param confusion counts, {@code confusion[actual][predicted]} (classification), else {@code null}
 * @param actualPredicted {actual, predicted} per row, at most {@link #MAX_POINTS} rows chosen evenly
 *     (regression), else {@code null}
 */
public record WinnerDiagnostics(String model, List<String> classes, long[][] confusion, double[][] actualPredicted) {
  /** The most (actual, predicted) pairs kept for a regression's residual plot. */
  public static final int MAX_POINTS = 2000;
}
