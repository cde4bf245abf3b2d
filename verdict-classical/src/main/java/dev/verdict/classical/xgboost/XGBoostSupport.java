package dev.verdict.classical.xgboost;

import dev.verdict.model.Matrix;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Parameters and data conversion shared by the XGBoost trainers. */
final class XGBoostSupport {
  /**
   * Cells (rows × features) per OpenMP thread: below about this, a second thread's start and
   * synchronisation cost more than it saves (measured on 2 cores: 350 × 10 rows fit 1.7× faster on one
   * thread, 2,000 × 30 fit 1.3× faster on two).
   */
  static final long MIN_CELLS_PER_THREAD = 25_000;

  private XGBoostSupport() {}

  /** OpenMP threads for a fit on {@code cells} values: one per {@value #MIN_CELLS_PER_THREAD}, 1 to {@code threads}. */
  static int threadCount(long cells, int threads) {
    return (int) Math.max(1, Math.min(threads, cells / MIN_CELLS_PER_THREAD));
  }

  /** Objective, class count, threads, seed and silence for a fit. */
  static Map<String, Object> baseParams(TrainingSet data, TrainContext context) {
    Map<String, Object> p = new HashMap<>();
    if (data.task() == TaskType.REGRESSION) {
      p.put("objective", "reg:squarederror");
      p.put("eval_metric", "rmse");
    } else if (data.classes() == 2) {
      p.put("objective", "binary:logistic");
      p.put("eval_metric", "logloss");
    } else {
      p.put("objective", "multi:softprob");
      p.put("num_class", data.classes());
      p.put("eval_metric", "mlogloss");
    }
    p.put("tree_method", "hist");
    p.put("nthread", threadCount((long) data.x().rows() * data.x().columns(), context.threads()));
    p.put("seed", (int) (context.seed() ^ (context.seed() >>> 32)) & 0x7fffffff);
    p.put("verbosity", context.verbose() ? 1 : 0);
    return p;
  }

  /** A DMatrix of some rows of {@code x} with their labels. */
  static DMatrix matrix(Matrix x, double[] y, int[] rows) throws XGBoostError {
    int cols = x.columns();
    float[] data = new float[rows.length * cols];
    float[] labels = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(x.data(), rows[i] * cols, data, i * cols, cols);
      labels[i] = (float) y[rows[i]];
    }
    DMatrix m = new DMatrix(data, rows.length, cols, Float.NaN);
    m.setLabel(labels);
    return m;
  }


  /** The metric value at the end of an {@code evalSet} line such as "[12]\tval-mlogloss:0.1234". */
  static double lastValue(String evalLine) {
    int colon = evalLine.lastIndexOf(':');
    return Double.parseDouble(evalLine.substring(colon + 1).strip());
  }
}
