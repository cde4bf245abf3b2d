package dev.verdict.classical.xgboost;

import dev.verdict.model.DataShape;
import dev.verdict.model.FitReport;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A random forest in XGBoost's random-forest mode: {@value #TREES} deep trees on bootstrap-sized
 * row samples (63.2 %) with √features (classification) or features/3 (regression) candidates per
 * split, grown in forests of equal size whose predictions are averaged, so growth stops at a forest
 * boundary once the time share is spent. XGBoost grows one tree per class, so a forest is smaller
 * when there are many classes (50 trees up to 4 classes, 25 up to 10, else 10): 50 trees of 26
 * classes take over 7 s on one core, more than a fold's share of a short run. When its share cannot
 * afford {@value #USEFUL_TREES} trees in each fold, it is skipped up front.
 */
public final class XGBoostForestTrainer extends XGBoostBase {
  static final int TREES = 300;
  /** The smallest forest worth having: it is skipped up front when its share cannot afford this many trees. */
  static final int USEFUL_TREES = 50;
  /**
   * Seconds per training row, candidate feature per split and tree per output, alone on one core: on
   * letter (16,000 × 16, 26 classes) 250 trees took 27 s per fold; on digits (1,437 × 61, 10 classes)
   * the same rate within 15 %. Trees are grown to depth 20, so the cost depends on how pure the
   * leaves get, which no shape tells.
   */
  static final double SECONDS_PER_ROW_FEATURE_TREE = 6.6e-8;

  /** Trees per forest (a divisor of {@value #TREES}) for {@code classes} classes (1 for regression). */
  static int treesPerForest(int classes) {
    return classes <= 4 ? 50 : classes <= 10 ? 25 : 10;
  }

  public XGBoostForestTrainer(TaskType task) {
    super(task);
  }

  @Override
  public String id() {
    return "random-forest";
  }

  @Override
  public String displayName() {
    return "Random forest (XGBoost RF mode, " + TREES + " trees)";
  }

  /**
   * The seconds for {@value #USEFUL_TREES} trees: a forest that cannot afford them is skipped, and
   * its family's time goes to the candidates that can use it (on letter at 45 s, 10 trees of 26
   * classes scored 0.944 while boosting, short of time, was 0.5 points behind the peers' forest).
   */
  @Override
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    int features = Math.max(1, shape.features());
    double perSplit = shape.task() == TaskType.CLASSIFICATION ? Math.sqrt(features) : Math.max(1, features / 3.0);
    return OptionalDouble.of(0.02 + SECONDS_PER_ROW_FEATURE_TREE * shape.rows() * perSplit * shape.outputs() * USEFUL_TREES);
  }

  @Override
  public Model fit(TrainingSet data, TrainContext context) {
    if (data.task() != task) {
      throw new IllegalArgumentException(id() + " was made for " + task + " but got " + data.task());
    }
    int features = Math.max(1, data.x().columns());
    double perSplit = data.task() == TaskType.CLASSIFICATION ? Math.sqrt(features) / features : 1.0 / 3;
    Map<String, Object> params = XGBoostSupport.baseParams(data, context);
    int perForest = treesPerForest(data.task() == TaskType.CLASSIFICATION ? data.classes() : 1);
    params.put("num_parallel_tree", perForest);
    params.put("subsample", 0.632);
    params.put("colsample_bynode", Math.min(1.0, Math.max(perSplit, 1.0 / features)));
    params.put("learning_rate", 1.0);
    params.put("max_depth", 20);
    params.put("min_child_weight", 1e-3);
    params.put("reg_lambda", 0.01);
    int baseSeed = (Integer) params.get("seed");
    List<Booster> forests = new ArrayList<>();
    DMatrix train = null;
    boolean cut = false;
    try {
      train = XGBoostSupport.matrix(data.x(), data.y(), IntStream.range(0, data.x().rows()).toArray());
      for (int c = 0; c < TREES / perForest; c++) {
        if (c > 0 && context.deadline().passed()) {
          cut = true;
          break;
        }
        params.put("seed", (baseSeed + 7919 * c) & 0x7fffffff);
        forests.add(XGBoost.train(train, params, 1, Map.of(), null, null));
      }
      int trees = forests.size() * perForest;
      String detail = cut ? "cut at " + trees + " of " + TREES + " trees" : trees + " trees";
      XGBoostModel model = new XGBoostModel(forests, 0, data.task(), data.classes(), new FitReport(cut, forests.size(), detail));
      forests = List.of();
      return model;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    } finally {
      forests.forEach(Booster::dispose);
      if (train != null) {
        train.dispose();
      }
    }
  }
}
