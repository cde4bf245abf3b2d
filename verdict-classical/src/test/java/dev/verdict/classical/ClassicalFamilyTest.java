package dev.verdict.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.classical.tribuo.CartTrainer;
import dev.verdict.classical.tribuo.SvmTrainer;
import dev.verdict.model.DataShape;
import dev.verdict.eval.Metrics;
import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamilies;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.testing.SyntheticData;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ClassicalFamilyTest {
  private static final ClassicalFamily FAMILY = new ClassicalFamily();

  private static TrainContext context(long seed) {
    return new TrainContext(seed, Deadline.none(), 1, false);
  }

  static Stream<Arguments> classifiers() {
    return FAMILY.trainers(TaskType.CLASSIFICATION).stream().map(t -> Arguments.of(t.id(), t));
  }

  static Stream<Arguments> regressors() {
    return FAMILY.trainers(TaskType.REGRESSION).stream().map(t -> Arguments.of(t.id(), t));
  }

  private static int[] labels(double[] y) {
    return Arrays.stream(y).mapToInt(v -> (int) v).toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifiers")
  void classifiersLearnSeparableBlobs(String id, Trainer trainer) {
    TrainingSet all = SyntheticData.blobs(600, 3, 4, 1);
    TrainingSet train = SyntheticData.head(all, 0, 450);
    TrainingSet test = SyntheticData.head(all, 450, 600);
    try (Model model = trainer.fit(train, context(3))) {
      Predictions p = model.predict(test.x());
      double accuracy = Metrics.accuracy(labels(test.y()), labels(p.values()));
      if (trainer.isBaseline()) {
        assertEquals(1.0 / 3, accuracy, 0.05);
      } else {
        assertTrue(accuracy > 0.9, id + " accuracy " + accuracy);
      }
      if (p.hasProbabilities()) {
        for (double[] row : p.probabilities()) {
          assertEquals(1.0, Arrays.stream(row).sum(), 1e-3, id + " probabilities sum to 1");
        }
      }
      assertTrue(model.sizeBytes() > 0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressors")
  void regressorsFitALinearFunction(String id, Trainer trainer) {
    TrainingSet all = SyntheticData.linear(600, 3, 2);
    TrainingSet train = SyntheticData.head(all, 0, 450);
    TrainingSet test = SyntheticData.head(all, 450, 600);
    try (Model model = trainer.fit(train, context(4))) {
      double r2 = Metrics.r2(test.y(), model.predict(test.x()).values());
      if (trainer.isBaseline()) {
        assertTrue(r2 < 0.05, id + " R² " + r2);
      } else {
        assertTrue(r2 > (id.equals("cart") ? 0.6 : 0.8), id + " R² " + r2);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifiers")
  void sameSeedSamePredictions(String id, Trainer trainer) {
    TrainingSet all = SyntheticData.blobs(300, 2, 3, 5);
    double[][] first;
    double[][] second;
    try (Model a = trainer.fit(all, context(9)); Model b = trainer.fit(all, context(9))) {
      first = orValues(a.predict(all.x()));
      second = orValues(b.predict(all.x()));
    }
    for (int i = 0; i < first.length; i++) {
      assertArrayEquals(first[i], second[i], 1e-12, id + " row " + i);
    }
  }

  @Test
  void boostingStopsAtARoundBoundaryWhenItsDeadlineHasPassed() {
    Trainer xgb = FAMILY.trainers(TaskType.CLASSIFICATION).stream().filter(t -> t.id().equals("xgboost")).findFirst().orElseThrow();
    TrainingSet data = SyntheticData.blobs(2000, 2, 5, 6);
    TrainContext expired = new TrainContext(1, Deadline.in(Duration.ZERO), 1, false);
    try (Model model = xgb.fit(data, expired)) {
      assertTrue(model.report().cutByDeadline());
      assertEquals(1, model.report().iterations());
      assertTrue(model.report().detail().startsWith("cut at 1 rounds"), model.report().detail());
    }
    try (Model full = xgb.fit(data, context(1))) {
      assertFalse(full.report().cutByDeadline());
      assertTrue(full.report().iterations() > 1);
    }
  }

  @Test
  void boostingRaisesItsLearningRateWhenItsShareAffordsFewRoundsOnly() {
    Trainer xgb = FAMILY.trainers(TaskType.CLASSIFICATION).stream().filter(t -> t.id().equals("xgboost")).findFirst().orElseThrow();
    TrainingSet data = SyntheticData.blobs(20_000, 3, 10, 6); // a few ms a round: 0.2 s affords far fewer than 300
    TrainContext tight = new TrainContext(1, Deadline.in(Duration.ofMillis(200)), 1, false);
    try (Model model = xgb.fit(data, tight)) {
      assertTrue(model.report().detail().contains("η raised to"), model.report().detail());
    }
    try (Model full = xgb.fit(SyntheticData.blobs(2000, 2, 5, 6), context(1))) {
      assertFalse(full.report().detail().contains("η raised"), "time to spare: η stays 0.1, " + full.report().detail());
    }
  }

  @Test
  void theFamilysStartFitsEachLibraryOnceAndCanBeRepeated() {
    // its tiny fits go through the same trainers as a run: a library that fails to load fails here
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> FAMILY.start(1));
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> FAMILY.start(2));
  }

  @Test
  void forestStopsAtAForestBoundaryWhenItsDeadlineHasPassed() {
    Trainer rf = FAMILY.trainers(TaskType.REGRESSION).stream().filter(t -> t.id().equals("random-forest")).findFirst().orElseThrow();
    TrainContext expired = new TrainContext(1, Deadline.in(Duration.ZERO), 1, false);
    try (Model model = rf.fit(SyntheticData.linear(300, 3, 7), expired)) {
      assertTrue(model.report().cutByDeadline());
      assertEquals("cut at 50 of 300 trees", model.report().detail());
    }
  }

  @Test
  void earlyStoppingUsesAHoldoutOfTheTrainingFoldOnly() {
    TrainingSet data = SyntheticData.blobs(1000, 2, 3, 8);
    int[][] split = dev.verdict.classical.xgboost.XGBoostTrainerAccess.holdout(data, 3);
    assertEquals(1000, split[0].length + split[1].length);
    assertEquals(150, split[1].length);
    assertTrue(Arrays.stream(split[1]).noneMatch(r -> Arrays.binarySearch(split[0], r) >= 0));
    assertNotEquals(Arrays.toString(split[1]),
        Arrays.toString(dev.verdict.classical.xgboost.XGBoostTrainerAccess.holdout(data, 4)[1]));
  }

  @Test
  void cartGivesItsLeafClassSharesAsProbabilities() {
    TrainingSet data = SyntheticData.blobs(200, 3, 4, 8);
    try (Model model = new CartTrainer(TaskType.CLASSIFICATION).fit(data, context(1))) {
      Predictions p = model.predict(data.x());
      assertTrue(p.hasProbabilities());
      for (int i = 0; i < p.size(); i++) {
        assertEquals(1.0, Arrays.stream(p.probabilities()[i]).sum(), 1e-9);
        assertEquals((int) p.values()[i], argmax(p.probabilities()[i]), "row " + i);
      }
    }
  }

  private static int argmax(double[] v) {
    int best = 0;
    for (int k = 1; k < v.length; k++) {
      if (v[k] > v[best]) {
        best = k;
      }
    }
    return best;
  }

  @Test
  void familyIsFoundOnTheClassPath() {
    List<ModelFamily> families = ModelFamilies.discover();
    assertTrue(families.stream().anyMatch(f -> f instanceof ClassicalFamily));
    assertTrue(FAMILY.libraryVersions().get("xgboost4j").startsWith("3."));
    assertTrue(FAMILY.libraryVersions().get("tribuo").startsWith("4."));
    List<String> ids = FAMILY.trainers(TaskType.CLASSIFICATION).stream().map(Trainer::id).toList();
    assertEquals(List.of("baseline", "logistic", "cart", "svm-rbf", "xgboost", "random-forest"), ids);
  }

  private static double[][] orValues(Predictions p) {
    return p.hasProbabilities() ? p.probabilities() : new double[][] {p.values()};
  }

  @Test
  void theSvmEstimatesProbabilitiesOnlyWhenTheFitAsksAndPricesThem() {
    TrainingSet all = SyntheticData.blobs(400, 3, 4, 9);
    TrainingSet train = SyntheticData.head(all, 0, 300);
    TrainingSet test = SyntheticData.head(all, 300, 400);
    SvmTrainer svm = new SvmTrainer(TaskType.CLASSIFICATION);
    try (Model with = svm.fit(train, context(2));
        Model without = svm.fit(train, context(2).withProbabilities(false))) {
      Predictions p = with.predict(test.x());
      Predictions q = without.predict(test.x());
      assertTrue(p.hasProbabilities());
      assertFalse(q.hasProbabilities(), "LibSVM's extra cross-validation is skipped");
      double agree = Metrics.accuracy(labels(p.values()), labels(q.values()));
      assertTrue(agree > 0.95, "the same classifier either way, agreement " + agree);
    }
    DataShape shape = new DataShape(1000, 20, 3, TaskType.CLASSIFICATION);
    double priced = svm.estimateSeconds(shape, true).getAsDouble();
    double plain = svm.estimateSeconds(shape, false).getAsDouble();
    assertTrue(priced > 2 * plain, priced + " s with probabilities against " + plain);
  }
}
