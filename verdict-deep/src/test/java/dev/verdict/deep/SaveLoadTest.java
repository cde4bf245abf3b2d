package dev.verdict.deep;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.testing.SaveLoad;
import dev.verdict.testing.SyntheticData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deep model saves, reloads and predicts exactly as before. */
class SaveLoadTest {
  private static final DeepFamily FAMILY = new DeepFamily();

  @TempDir
  Path dir;

  static Stream<Arguments> trainers() {
    return SaveLoad.cases(FAMILY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trainers")
  void savedModelPredictsIdentically(String name, TaskType task, Trainer trainer) throws IOException {
    TrainingSet all = task == TaskType.CLASSIFICATION ? SyntheticData.blobs(300, 3, 5, 31) : SyntheticData.linear(300, 4, 32);
    // a short deadline keeps the test quick; the weights are whatever training reached
    SaveLoad.assertPredictsIdenticallyAfterReload(trainer, SyntheticData.head(all, 0, 250), SyntheticData.head(all, 250, 300).x(),
        new TrainContext(5, Deadline.none().atMost(2), 1, false), dir.resolve(trainer.id()));
    assertTrue(Files.isRegularFile(dir.resolve(trainer.id()).resolve(MlpModel.PARAMS)));
  }

  @Test
  void aModelSavedWithOtherSettingsIsRefused() throws IOException {
    Trainer small = FAMILY.trainers(TaskType.CLASSIFICATION).get(0);
    Trainer wide = FAMILY.trainers(TaskType.CLASSIFICATION).get(1);
    Path folder = Files.createDirectories(dir.resolve("small"));
    try (Model model = small.fit(SyntheticData.blobs(120, 2, 3, 1), new TrainContext(1, Deadline.none().atMost(1), 1, false))) {
      model.save(folder);
    }
    IOException e = assertThrows(IOException.class, () -> wide.load(folder, 1));
    assertTrue(e.getMessage().contains("other settings"), e.getMessage());
  }
}
