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

  @Override
  public Model load(Path dir, int threads) throws IOException {
    return XGBoostModel.load(dir, threads);
  }
}
