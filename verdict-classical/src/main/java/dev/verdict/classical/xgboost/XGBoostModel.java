package dev.verdict.classical.xgboost;

import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * One or more XGBoost boosters whose predictions are averaged (one for boosting; several forests
 * of the random-forest mode). Holds native memory: close it.
 */
final class XGBoostModel implements Model {
  private final List<Booster> boosters;
  private final int iterations;
  private final TaskType task;
  private final int classes;
  private final FitReport report;

  /**
   * @param iterations boosting rounds to use when predicting (0: all)
   */
  XGBoostModel(List<Booster> boosters, int iterations, TaskType task, int classes, FitReport report) {
    this.boosters = List.copyOf(boosters);
    this.iterations = iterations;
    this.task = task;
    this.classes = classes;
    this.report = report;
  }

  @Override
  public Predictions predict(Matrix x) {
    DMatrix matrix = null;
    try {
      matrix = new DMatrix(x.data(), x.rows(), x.columns(), Float.NaN);
      int width = task == TaskType.CLASSIFICATION ? classes : 1;
      double[][] sum = new double[x.rows()][width];
      for (Booster b : boosters) {
        float[][] out = b.predict(matrix, false, iterations);
        for (int i = 0; i < out.length; i++) {
          if (task == TaskType.CLASSIFICATION && classes == 2) {
            sum[i][1] += out[i][0];
            sum[i][0] += 1 - out[i][0];
          } else {
            for (int k = 0; k < width; k++) {
              sum[i][k] += out[i][k];
            }
          }
        }
      }
      int n = boosters.size();
      for (double[] row : sum) {
        for (int k = 0; k < row.length; k++) {
          row[k] /= n;
        }
      }
      if (task == TaskType.CLASSIFICATION) {
        return Predictions.fromProbabilities(sum);
      }
      double[] values = new double[x.rows()];
      for (int i = 0; i < values.length; i++) {
        values[i] = sum[i][0];
      }
      return new Predictions(values, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    } finally {
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }

  @Override
  public long sizeBytes() {
    long total = 0;
    try {
      for (Booster b : boosters) {
        total += b.toByteArray("ubj").length;
      }
    } catch (XGBoostError e) {
      return -1;
    }
    return total;
  }

  @Override
  public FitReport report() {
    return report;
  }

  @Override
  public void close() {
    boosters.forEach(Booster::dispose);
  }
}
