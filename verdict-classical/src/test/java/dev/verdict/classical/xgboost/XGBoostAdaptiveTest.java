package dev.verdict.classical.xgboost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** XGBoost's choices that adapt to the data size and the time share. */
class XGBoostAdaptiveTest {
  @Test
  void smallTablesFitOnOneThreadLargeOnesOnUpToAllThreadsAllowed() {
    assertEquals(1, XGBoostSupport.threadCount(350 * 10, 2), "a diabetes-sized fold");
    assertEquals(1, XGBoostSupport.threadCount(0, 8));
    assertEquals(2, XGBoostSupport.threadCount(2_000 * 30, 2));
    assertEquals(2, XGBoostSupport.threadCount(2_000 * 30, 8), "one thread per 25,000 cells");
    assertEquals(4, XGBoostSupport.threadCount(46_400 * 9, 4));
    assertEquals(1, XGBoostSupport.threadCount(46_400 * 9, 1), "never more than allowed");
  }

  @Test
  void boostingRaisesItsLearningRateOnlyWhenItsShareAffordsFewRounds() {
    assertEquals(0.1, XGBoostTrainer.learningRate(Double.POSITIVE_INFINITY), 1e-12, "no deadline");
    assertEquals(0.1, XGBoostTrainer.learningRate(300), 1e-12);
    assertEquals(0.2, XGBoostTrainer.learningRate(150), 1e-12, "half the rounds, twice the rate");
    assertEquals(0.3, XGBoostTrainer.learningRate(40), 1e-12, "at most XGBoost's default");
    assertEquals(0.3, XGBoostTrainer.learningRate(0), 1e-12);
  }

  @Test
  void boostingGrowsMultiOutputTreesOnlyForManyClasses() {
    assertEquals(false, XGBoostTrainer.multiOutput(1), "regression");
    assertEquals(false, XGBoostTrainer.multiOutput(10), "digits");
    assertEquals(true, XGBoostTrainer.multiOutput(26), "letter");
  }

  @Test
  void forestsAreSmallerWhenXGBoostGrowsATreePerClassOfMany() {
    assertEquals(50, XGBoostForestTrainer.treesPerForest(1), "regression");
    assertEquals(50, XGBoostForestTrainer.treesPerForest(3));
    assertEquals(25, XGBoostForestTrainer.treesPerForest(10));
    assertEquals(10, XGBoostForestTrainer.treesPerForest(26));
    for (int classes = 1; classes <= 100; classes++) {
      assertEquals(0, XGBoostForestTrainer.TREES % XGBoostForestTrainer.treesPerForest(classes), "whole forests");
    }
  }
}
