package dev.verdict.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.eval.Metrics;
import dev.verdict.model.Deadline;
import dev.verdict.model.Family;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamilies;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.testing.SyntheticData;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeepFamilyTest {
  private static final DeepFamily FAMILY = new DeepFamily();

  private static TrainContext context(long seed) {
    return new TrainContext(seed, Deadline.none(), 1, false);
  }

  private static int[] labels(double[] y) {
    return Arrays.stream(y).mapToInt(v -> (int) v).toArray();
  }

  @Test
  void mlpsClassifySeparableBlobs() {
    TrainingSet all = SyntheticData.blobs(400, 3, 4, 1);
    TrainingSet train = SyntheticData.head(all, 0, 300);
    TrainingSet test = SyntheticData.head(all, 300, 400);
    for (Trainer trainer : FAMILY.trainers(TaskType.CLASSIFICATION)) {
      assertEquals(Family.DEEP, trainer.family());
      try (Model model = trainer.fit(train, context(2))) {
        Predictions p = model.predict(test.x());
        double accuracy = Metrics.accuracy(labels(test.y()), labels(p.values()));
        assertTrue(accuracy > 0.9, trainer.id() + " accuracy " + accuracy + ", " + model.report().detail());
        for (double[] row : p.probabilities()) {
          assertEquals(1.0, Arrays.stream(row).sum(), 1e-4);
        }
        assertTrue(model.sizeBytes() > 1000);
        assertTrue(model.report().detail().contains("epochs"), model.report().detail());
      }
    }
  }

  @Test
  void mlpFitsALinearFunction() {
    TrainingSet all = SyntheticData.linear(400, 3, 2);
    TrainingSet train = SyntheticData.head(all, 0, 300);
    TrainingSet test = SyntheticData.head(all, 300, 400);
    Trainer small = FAMILY.trainers(TaskType.REGRESSION).get(0);
    try (Model model = small.fit(train, context(3))) {
      double r2 = Metrics.r2(test.y(), model.predict(test.x()).values());
      assertTrue(r2 > 0.9, "R² " + r2);
    }
  }

  @Test
  void smallStepsTrainOnOneThreadLargeOnesOnSeveral() {
    assertEquals(1, DeepRuntime.threadCount(16L * 6_000, 16), "mlp-small on a small table");
    assertEquals(2, DeepRuntime.threadCount(2 * DeepRuntime.MIN_WORK_PER_THREAD, 16));
    assertEquals(4, DeepRuntime.threadCount(100 * DeepRuntime.MIN_WORK_PER_THREAD, 4), "never more than the run allows");
  }

  @Test
  void sameSeedSamePredictions() {
    TrainingSet data = SyntheticData.blobs(200, 2, 3, 5);
    Trainer small = FAMILY.trainers(TaskType.CLASSIFICATION).get(0);
    try (Model a = small.fit(data, context(9)); Model b = small.fit(data, context(9))) {
      double[][] pa = a.predict(data.x()).probabilities();
      double[][] pb = b.predict(data.x()).probabilities();
      for (int i = 0; i < pa.length; i++) {
        assertArrayEquals(pa[i], pb[i], 1e-6, "row " + i);
      }
    }
  }

  @Test
  void trainingStopsAtAnEpochBoundaryWhenItsDeadlineHasPassed() {
    Trainer wide = FAMILY.trainers(TaskType.CLASSIFICATION).get(1);
    TrainContext expired = new TrainContext(1, Deadline.in(Duration.ZERO), 1, false);
    try (Model model = wide.fit(SyntheticData.blobs(300, 2, 3, 6), expired)) {
      assertTrue(model.report().cutByDeadline());
      assertTrue(model.report().detail().startsWith("cut at 1 epochs"), model.report().detail());
    }
  }

  /** A learning curve's small sizes: a net keeps ~4 steps an epoch, so its cost does not shrink with the rows. */
  @Test
  void smallTrainingSetsCostMoreThanTheirShareOfRows() {
    for (Trainer net : FAMILY.trainers(TaskType.CLASSIFICATION)) {
      double tiny = net.relativeCost(31, 614, 2);
      assertTrue(tiny > 5 * 31.0 / 614, net.id() + ": " + tiny);
      assertTrue(tiny <= 1, net.id() + ": " + tiny);
      assertEquals(1, net.relativeCost(614, 614, 2), 1e-12);
      assertTrue(net.relativeCost(2_000, 20_000, 26) < net.relativeCost(10_000, 20_000, 26), "grows with the rows once batches are full");
    }
    // short batches cost less than full ones: digits' 72-row curve fit took 0.31 of its 1,437-row fold's time
    Trainer resnet = new MlpTrainer(TaskType.CLASSIFICATION, MlpConfig.wideResidual()).withSettingsFor(1_437, 10);
    double small = resnet.relativeCost(72, 1_437, 10);
    assertTrue(small > 0.2 && small < 0.4, "72 of 1,437 rows: " + small);
  }

  /** Early stopping needs a holdout worth the name: 100 rows, and 5 validation rows (15 %) per class. */
  @Test
  void smallOrManyClassTrainingSetsTrainWithoutAHoldout() {
    assertFalse(MlpTrainer.holdout(99, 2));
    assertTrue(MlpTrainer.holdout(100, 2));
    assertTrue(MlpTrainer.holdout(100, 3), "15 rows for 3 classes");
    assertFalse(MlpTrainer.holdout(110, 10), "16 validation rows for 10 classes");
    assertFalse(MlpTrainer.holdout(333, 10));
    assertTrue(MlpTrainer.holdout(334, 10), "50 validation rows for 10 classes");
    assertTrue(MlpTrainer.holdout(100, 1), "regression");
  }

  /**
   * A learning curve trains every size as the full fold was: letter's 800-row point (no holdout by
   * its own size, 26 classes) stops early like the 16,000-row fold, and a small fold's regime holds
   * at any size. A fixed holdout that rounds to nothing falls back to the fixed epochs.
   */
  @Test
  void settingsFixedForTheFullFoldHoldAtEverySize() {
    MlpTrainer net = new MlpTrainer(TaskType.CLASSIFICATION, MlpConfig.small());
    assertFalse(net.holdsOut(800, 26));
    Trainer asFull = net.withSettingsFor(16_000, 26);
    assertTrue(((MlpTrainer) asFull).holdsOut(800, 26));
    assertTrue(asFull.relativeCost(800, 16_000, 26) < net.relativeCost(800, 16_000, 26),
        "early stopping is priced at twice its patience, not the 60 fixed epochs");
    assertFalse(((MlpTrainer) net.withSettingsFor(800, 26)).holdsOut(16_000, 26));
    assertEquals(net.id(), asFull.id());

    TrainingSet small = SyntheticData.blobs(60, 10, 4, 5);
    try (Model byOwnSize = net.fit(small, context(6)); Model asFullFold = asFull.fit(small, context(6))) {
      assertEquals("60 epochs on cpu()", byOwnSize.report().detail());
      assertTrue(asFullFold.report().detail().contains("early stopping"), asFullFold.report().detail());
    }
    // 2 rows a class: a 15 % stratified holdout holds none of them
    try (Model none = asFull.fit(SyntheticData.blobs(20, 10, 4, 7), context(8))) {
      assertEquals("60 epochs on cpu()", none.report().detail());
    }
  }

  @Test
  void familyIsFoundOnTheClassPath() {
    assertTrue(ModelFamilies.discover().stream().anyMatch(f -> f instanceof DeepFamily));
    assertEquals("0.36.0", FAMILY.libraryVersions().get("djl"));
    assertEquals("2.7.1", FAMILY.libraryVersions().get("pytorch"));
  }
}
