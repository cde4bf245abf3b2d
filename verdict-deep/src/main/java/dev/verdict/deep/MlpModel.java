package dev.verdict.deep;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;

/** A fitted MLP. Holds native memory (the engine's tensors): close it. */
final class MlpModel implements dev.verdict.model.Model {
  private static final int PREDICT_BATCH = 4096;

  private final Model model;
  private final TaskType task;
  private final int classes;
  private final double targetMean;
  private final double targetScale;
  private final FitReport report;

  MlpModel(Model model, TaskType task, int classes, double targetMean, double targetScale, FitReport report) {
    this.model = model;
    this.task = task;
    this.classes = classes;
    this.targetMean = targetMean;
    this.targetScale = targetScale;
    this.report = report;
  }

  @Override
  public Predictions predict(Matrix x) {
    int n = x.rows();
    int d = x.columns();
    double[][] probabilities = task == TaskType.CLASSIFICATION ? new double[n][] : null;
    double[] values = new double[n];
    for (int from = 0; from < n; from += PREDICT_BATCH) {
      int to = Math.min(n, from + PREDICT_BATCH);
      float[] batch = new float[(to - from) * d];
      System.arraycopy(x.data(), from * d, batch, 0, batch.length);
      try (NDManager scope = model.getNDManager().newSubManager()) {
        NDArray input = scope.create(batch, new Shape(to - from, d));
        NDArray output = model.getBlock().forward(new ParameterStore(scope, false), new NDList(input), false).singletonOrThrow();
        if (probabilities != null) {
          float[] p = output.softmax(1).toFloatArray();
          for (int i = from; i < to; i++) {
            double[] row = new double[classes];
            for (int k = 0; k < classes; k++) {
              row[k] = p[(i - from) * classes + k];
            }
            probabilities[i] = row;
          }
        } else {
          float[] v = output.toFloatArray();
          for (int i = from; i < to; i++) {
            values[i] = v[i - from] * targetScale + targetMean;
          }
        }
      }
    }
    return probabilities != null ? Predictions.fromProbabilities(probabilities) : new Predictions(values, null);
  }

  @Override
  public long sizeBytes() {
    long parameters = 0;
    for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
      parameters += p.getValue().getArray().size();
    }
    return parameters * Float.BYTES;
  }

  @Override
  public FitReport report() {
    return report;
  }

  @Override
  public void close() {
    model.close();
  }
}
