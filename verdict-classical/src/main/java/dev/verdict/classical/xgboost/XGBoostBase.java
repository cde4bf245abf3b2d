package dev.verdict.classical.xgboost;

import dev.verdict.model.DataShape;
import dev.verdict.model.Family;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
import dev.verdict.prep.FeatureSpec;
import dev.verdict.model.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * What the XGBoost trainers share: they handle missing values natively, need no scaling, and stop
 * at an iteration boundary when their time share is spent (so they predict no cost up front).
 */
abstract class XGBoostBase implements Trainer {
  /**
   * A tree's fixed work in training rows: histograms of 256 bins per feature at every node, whatever
   * the rows. A boosting round took 0.25 ms at 184 spam rows and 1.9 ms at 3,680; 0.9 ms at 72 digits
   * rows and 3.4 ms at 1,437 (one thread, hist, depth 6), about (400 + rows) in both. The forest's
   * deeper trees are taken to cost alike (not measured).
   */
  static final double TREE_FIXED_ROWS = 400;

  protected final TaskType task;

  XGBoostBase(TaskType task) {
    this.task = task;
  }

  @Override
  public Family family() {
    return Family.CLASSICAL;
  }

  @Override
  public FeatureSpec featureSpec() {
    return FeatureSpec.keepMissing();
  }

  @Override
  public boolean iterative() {
    return true;
  }

  @Override
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    return OptionalDouble.empty();
  }

  /**
   * (fixed work + rows) over the same for the full rows, as many trees at every size: a small subset's
   * trees cost far more than its share of the rows, and priced by the rows alone the curve's small
   * boosting fits were cut after a few rounds (on spam, 4 of 5 fits at 184 rows).
   */
  @Override
  public double relativeCost(int rows, int fullRows, int classes) {
    return Math.min(1, (TREE_FIXED_ROWS + rows) / (TREE_FIXED_ROWS + fullRows));
  }

  @Override
  public Model load(Path dir, int threads) throws IOException {
    return XGBoostModel.load(dir, threads);
  }
}
