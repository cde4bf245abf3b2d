package dev.verdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void accuracyAndMacroF1() {
    int[] truth = {0, 0, 0, 1, 1, 2};
    int[] pred = {0, 0, 1, 1, 1, 0};
    assertEquals(4.0 / 6, Metrics.accuracy(truth, pred), 1e-12);
    // F1: class 0 = 2·2/(4+1+1) = 0.667, class 1 = 2·2/(4+1+0) = 0.8, class 2 = 0
    assertEquals((2.0 / 3 + 0.8 + 0) / 3, Metrics.macroF1(truth, pred, 3), 1e-12);
  }

  @Test
  void logLossClipsAndNormalises() {
    assertEquals(-Math.log(0.8), Metrics.logLoss(new int[] {1}, new double[][] {{0.2, 0.8}}), 1e-12);
    assertEquals(-Math.log(1e-15), Metrics.logLoss(new int[] {0}, new double[][] {{0, 1}}), 1e-9);
  }

  @Test
  void rocAucWithTies() {
    int[] truth = {0, 0, 1, 1};
    assertEquals(0.75, Metrics.rocAuc(truth, new double[] {0.1, 0.4, 0.35, 0.8}), 1e-12);
    assertEquals(0.5, Metrics.rocAuc(truth, new double[] {0.5, 0.5, 0.5, 0.5}), 1e-12);
    assertTrue(Double.isNaN(Metrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3})));
  }

  @Test
  void regressionMetrics() {
    double[] t = {1, 2, 3, 4};
    double[] p = {1, 2, 3, 6};
    assertEquals(1.0, Metrics.rmse(t, p), 1e-12);
    assertEquals(0.5, Metrics.mae(t, p), 1e-12);
    assertEquals(1 - 4.0 / 5, Metrics.r2(t, p), 1e-12);
  }

  @Test
  void evaluatorReportsProbabilityMetricsOnlyWithProbabilities() {
    Evaluator e = new Evaluator(TaskType.CLASSIFICATION, 2);
    Map<Metric, Double> hard = e.evaluate(new double[] {0, 1}, new Predictions(new double[] {0, 1}, null));
    assertEquals(2, hard.size());
    Map<Metric, Double> soft = e.evaluate(new double[] {0, 1},
        Predictions.fromProbabilities(new double[][] {{0.9, 0.1}, {0.3, 0.7}}));
    assertEquals(1.0, soft.get(Metric.ROC_AUC));
    assertTrue(soft.containsKey(Metric.LOG_LOSS));
  }

  @Test
  void metricNamesParse() {
    assertEquals(Metric.MACRO_F1, Metric.parse("macro-f1"));
    assertEquals(Metric.R2, Metric.parse("R2"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.parse("f2"));
    assertTrue(e.getMessage().contains("accuracy"));
  }
}
