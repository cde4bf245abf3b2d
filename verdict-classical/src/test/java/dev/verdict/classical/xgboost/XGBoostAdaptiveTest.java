package dev.verdict.classical.xgboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.testing.SyntheticData;
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

  /** A learning curve's boosting fits stop early, or not, as the full fold's did, at every size. */
  @Test
  void settingsFixedForTheFullFoldHoldAtEverySize() {
    XGBoostTrainer boosting = new XGBoostTrainer(TaskType.CLASSIFICATION);
    assertFalse(boosting.stopsEarly(184));
    Trainer asFull = boosting.withSettingsFor(3_680, 2);
    assertTrue(((XGBoostTrainer) asFull).stopsEarly(184));
    assertFalse(((XGBoostTrainer) boosting.withSettingsFor(184, 2)).stopsEarly(3_680));
    assertEquals(boosting.id(), asFull.id());

    TrainContext context = new TrainContext(4, Deadline.none(), 1, false);
    try (Model byOwnSize = boosting.fit(SyntheticData.blobs(184, 2, 4, 3), context);
        Model asFullFold = asFull.fit(SyntheticData.blobs(184, 2, 4, 3), context)) {
      assertEquals(XGBoostTrainer.SMALL_ROUNDS + " rounds", byOwnSize.report().detail());
      assertTrue(asFullFold.report().detail().contains("early stopping"), asFullFold.report().detail());
    }
    // 1 row a class: a 15 % stratified holdout holds none of them
    try (Model none = asFull.fit(SyntheticData.blobs(5, 5, 4, 3), context)) {
      assertEquals(XGBoostTrainer.SMALL_ROUNDS + " rounds", none.report().detail());
    }
  }

  /** A small subset's trees cost more than its share of the rows: each tree's histograms have a fixed cost. */
  @Test
  void smallBoostingFitsArePricedAboveTheirShareOfTheRows() {
    XGBoostTrainer boosting = new XGBoostTrainer(TaskType.CLASSIFICATION);
    double small = boosting.relativeCost(184, 3_680, 2);
    assertTrue(small > 0.12 && small < 0.2, "a round took 0.25 ms at 184 spam rows and 1.9 ms at 3,680: " + small);
    assertEquals(1, boosting.relativeCost(3_680, 3_680, 2), 1e-12);
    assertTrue(boosting.relativeCost(1_000, 3_680, 2) < boosting.relativeCost(2_000, 3_680, 2));
  }
}
