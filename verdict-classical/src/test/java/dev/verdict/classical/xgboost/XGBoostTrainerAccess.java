package dev.verdict.classical.xgboost;

import dev.verdict.model.TrainingSet;

/** Test access to package-private parts of the XGBoost trainers. */
public final class XGBoostTrainerAccess {
  private XGBoostTrainerAccess() {}

  public static int[][] holdout(TrainingSet data, long seed) {
    return XGBoostTrainer.holdout(data, seed);
  }

  public static int multiOutputClasses() {
    return XGBoostTrainer.MULTI_OUTPUT_CLASSES;
  }
}
