package dev.verdict.result;

import java.util.List;
import java.util.Map;

/**
 * One candidate model's cross-validated result.
 *
 * @param id the trainer id, e.g. {@code xgboost}
 * @param name human-readable name with the main settings
 * @param family {@code classical} or {@code deep}
 * @param baseline true for the trivial reference model
 * @param status how far it got
 * @param note why it was skipped, cut or failed; empty otherwise
 * @param folds per-fold scores and costs
 * @param mean metric key → mean over folds (ranked models only)
 * @param std metric key → standard deviation over folds (sample, n−1)
 * @param fitSeconds total fit seconds over the folds
 * @param predictMicrosPerRow mean prediction latency per row, in microseconds
 * @param sizeBytes serialised size of the first fold's model (folds give models of about the same size)
 * @param outOfFold out-of-fold predictions
 */
public record ModelResult(
    String id,
    String name,
    String family,
    boolean baseline,
    ModelStatus status,
    String note,
    List<FoldScore> folds,
    Map<String, Double> mean,
    Map<String, Double> std,
    double fitSeconds,
    Double predictMicrosPerRow,
    Long sizeBytes,
    OutOfFold outOfFold) {

  /** The mean of a metric, or NaN when absent. */
  public double meanOf(String metricKey) {
    Double v = mean == null ? null : mean.get(metricKey);
    return v == null ? Double.NaN : v;
  }

  public double stdOf(String metricKey) {
    Double v = std == null ? null : std.get(metricKey);
    return v == null ? Double.NaN : v;
  }
}
