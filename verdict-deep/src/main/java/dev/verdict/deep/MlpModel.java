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
import dev.verdict.result.ResultJson;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fitted MLP. Saved as DJL parameters ({@value #PARAMS}) and a small {@value #META} file with the
 * configuration, the input width and the target scaling. Holds native memory (the engine's tensors):
 * close it.
 */
final class MlpModel implements dev.verdict.model.Model {
  static final String PARAMS = "mlp.params";
  static final String META = "mlp.json";
  private static final int PREDICT_BATCH = 4096;

  /** What a saved model needs besides its parameters. */
  record Meta(MlpConfig config, TaskType task, int classes, int inputs, double targetMean, double targetScale) {}

  private final Model model;
  private final MlpConfig config;
  private final int inputs;
  private final TaskType task;
  private final int classes;
  private final double targetMean;
  private final double targetScale;
  private final FitReport report;

  MlpModel(Model model, MlpConfig config, int inputs, TaskType task, int classes, double targetMean, double targetScale,
      FitReport report) {
    this.model = model;
    this.config = config;
    this.inputs = inputs;
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
  public void save(Path dir) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(PARAMS))))) {
      model.getBlock().saveParameters(out);
    }
    ResultJson.mapper().writeValue(dir.resolve(META).toFile(), new Meta(config, task, classes, inputs, targetMean, targetScale));
  }

  @Override
  public void close() {
    model.close();
  }
}
