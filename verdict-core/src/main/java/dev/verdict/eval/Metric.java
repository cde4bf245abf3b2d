package dev.verdict.eval;

import dev.verdict.model.TaskType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measures Verdict reports. Each knows its task and whether higher is better. */
public enum Metric {
  ACCURACY("accuracy", TaskType.CLASSIFICATION, true, false),
  MACRO_F1("macro-F1", TaskType.CLASSIFICATION, true, false),
  LOG_LOSS("log loss", TaskType.CLASSIFICATION, false, true),
  ROC_AUC("ROC AUC", TaskType.CLASSIFICATION, true, true),
  RMSE("RMSE", TaskType.REGRESSION, false, false),
  MAE("MAE", TaskType.REGRESSION, false, false),
  R2("R²", TaskType.REGRESSION, true, false);

  private final String label;
  private final TaskType task;
  private final boolean higherIsBetter;
  private final boolean needsProbabilities;

  Metric(String label, TaskType task, boolean higherIsBetter, boolean needsProbabilities) {
    this.label = label;
    this.task = task;
    this.higherIsBetter = higherIsBetter;
    this.needsProbabilities = needsProbabilities;
  }

  public String label() {
    return label;
  }

  public TaskType task() {
    return task;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public boolean needsProbabilities() {
    return needsProbabilities;
  }

  /** Whether the error it stands for, 1 − score, is a proportion in [0, 1]: accuracy, macro-F1, ROC AUC. */
  public boolean errorIsProportion() {
    return this == ACCURACY || this == MACRO_F1 || this == ROC_AUC;
  }

  /** The command-line spelling: {@code accuracy}, {@code macro-f1}, {@code log-loss}, {@code roc-auc}, {@code rmse}, {@code mae}, {@code r2}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #key()} (case and '-'/'_' insensitive), or throws naming the accepted values. */
  public static Metric parse(String text) {
    String norm = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Metric m : values()) {
      if (m.name().equals(norm)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric '" + text + "'; use one of "
        + String.join(", ", Arrays.stream(values()).map(Metric::key).toList()));
  }

  /** The metrics reported for a task. */
  public static List<Metric> forTask(TaskType task) {
    return Arrays.stream(values()).filter(m -> m.task == task).toList();
  }

  /** True when {@code a} is a better score than {@code b} under this metric. */
  public boolean better(double a, double b) {
    return higherIsBetter ? a > b : a < b;
  }
}
