package dev.verdict.classical;

import dev.verdict.model.Deadline;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.testing.SaveLoad;
import dev.verdict.testing.SyntheticData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import dev.verdict.classical.xgboost.XGBoostTrainer;
import dev.verdict.classical.xgboost.XGBoostTrainerAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every classical model saves, reloads and predicts exactly as before. */
class SaveLoadTest {
  private static final ClassicalFamily FAMILY = new ClassicalFamily();

  @TempDir
  Path dir;

  static Stream<Arguments> trainers() {
    return SaveLoad.cases(FAMILY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trainers")
  void savedModelPredictsIdentically(String name, TaskType task, Trainer trainer) throws IOException {
    TrainingSet all = task == TaskType.CLASSIFICATION ? SyntheticData.blobs(600, 3, 5, 21) : SyntheticData.linear(600, 4, 22);
    SaveLoad.assertPredictsIdenticallyAfterReload(trainer, SyntheticData.head(all, 0, 500),
        SyntheticData.head(all, 500, 600).x(), new TrainContext(5, Deadline.none(), 2, false), dir.resolve(trainer.id()));
  }

  @Test
  void boostingWithMultiOutputTreesOnManyClassesSavesAndReloads() throws IOException {
    int classes = XGBoostTrainerAccess.multiOutputClasses();
    TrainingSet all = SyntheticData.blobs(1200, classes, 5, 23);
    SaveLoad.assertPredictsIdenticallyAfterReload(new XGBoostTrainer(TaskType.CLASSIFICATION),
        SyntheticData.head(all, 0, 1000), SyntheticData.head(all, 1000, 1200).x(),
        new TrainContext(5, Deadline.none(), 2, false), dir.resolve("multi"));
  }
}
