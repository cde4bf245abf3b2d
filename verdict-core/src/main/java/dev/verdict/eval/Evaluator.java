package dev.verdict.eval;

import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import java.util.EnumMap;
import java.util.Map;

/** Turns predictions and the truth into every metric that applies. */
public final class Evaluator {
  private final TaskType task;
  private final int classes;

  public Evaluator(TaskType task, int classes) {
    this.task = task;
    this.classes = classes;
  }

  /** Every metric for the task that the predictions support (probability metrics need probabilities). */
  public Map<Metric, Double> evaluate(double[] truth, Predictions predictions) {
    Map<Metric, Double> out = new EnumMap<>(Metric.class);
    if (task == TaskType.REGRESSION) {
      double[] p = predictions.values();
      out.put(Metric.RMSE, Metrics.rmse(truth, p));
      out.put(Metric.MAE, Metrics.mae(truth, p));
      out.put(Metric.R2, Metrics.r2(truth, p));
      return out;
    }
    int[] t = toInt(truth);
    int[] p = toInt(predictions.values());
    out.put(Metric.ACCURACY, Metrics.accuracy(t, p));
    out.put(Metric.MACRO_F1, Metrics.macroF1(t, p, classes));
    if (predictions.hasProbabilities()) {
      out.put(Metric.LOG_LOSS, Metrics.logLoss(t, predictions.probabilities()));
      if (classes == 2) {
        double[] positive = new double[t.length];
        for (int i = 0; i < t.length; i++) {
          positive[i] = predictions.probabilities()[i][1];
        }
        double auc = Metrics.rocAuc(t, positive);
        if (!Double.isNaN(auc)) {
          out.put(Metric.ROC_AUC, auc);
        }
      }
    }
    return out;
  }

  private static int[] toInt(double[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
    }
    return out;
  }
}
