package dev.verdict.classical.xgboost;

import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.result.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * One or more XGBoost boosters whose predictions are averaged (one for boosting; several forests
 * of the random-forest mode). Saved as one UBJSON file per booster (XGBoost's own format) and a
 * small {@value #META} file. Holds native memory: close it.
 */
final class XGBoostModel implements Model {
  static final String META = "xgboost.json";

  /** What a saved model needs besides its boosters. */
  record Meta(TaskType task, int classes, int iterations, int boosters) {}

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
  public void save(Path dir) throws IOException {
    try {
      for (int i = 0; i < boosters.size(); i++) {
        Files.write(dir.resolve(boosterFile(i)), boosters.get(i).toByteArray("ubj"));
      }
    } catch (XGBoostError e) {
      throw new IOException("XGBoost could not serialise the model: " + e.getMessage(), e);
    }
    ResultJson.mapper().writeValue(dir.resolve(META).toFile(), new Meta(task, classes, iterations, boosters.size()));
  }

  /** Loads a model written by {@link #save}. */
  static XGBoostModel load(Path dir, int threads) throws IOException {
    Meta meta = ResultJson.mapper().readValue(dir.resolve(META).toFile(), Meta.class);
    List<Booster> boosters = new ArrayList<>();
    try {
      for (int i = 0; i < meta.boosters(); i++) {
        Booster booster = XGBoost.loadModel(Files.readAllBytes(dir.resolve(boosterFile(i))));
        boosters.add(booster);
        booster.setParam("nthread", threads);
      }
    } catch (XGBoostError | IOException | RuntimeException e) {
      boosters.forEach(Booster::dispose);
      throw e instanceof IOException io ? io : new IOException("XGBoost could not read the model: " + e.getMessage(), e);
    }
    return new XGBoostModel(boosters, meta.iterations(), meta.task(), meta.classes(), FitReport.complete("loaded from " + dir));
  }

  private static String boosterFile(int index) {
    return "booster-" + index + ".ubj";
  }

  @Override
  public void close() {
    boosters.forEach(Booster::dispose);
  }
}
