package dev.verdict.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.Predictions;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The check every family's models must pass: saved, reloaded, they predict exactly as before. */
public final class SaveLoad {
  private SaveLoad() {}

  /** Every trainer of a family for both tasks, as (name, task, trainer) arguments of a parameterised test. */
  public static Stream<Arguments> cases(ModelFamily family) {
    return Stream.of(TaskType.CLASSIFICATION, TaskType.REGRESSION)
        .flatMap(task -> family.trainers(task).stream().map(t -> Arguments.of(task.label() + " " + t.id(), task, t)));
  }

  /**
   * Fits {@code trainer} on {@code train}, saves the model into {@code folder}, loads it back and
   * asserts identical values and probabilities on {@code test}.
   */
  public static void assertPredictsIdenticallyAfterReload(Trainer trainer, TrainingSet train, Matrix test,
      TrainContext context, Path folder) throws IOException {
    Files.createDirectories(folder);
    Predictions before;
    try (Model model = trainer.fit(train, context)) {
      before = model.predict(test);
      model.save(folder);
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertTrue(files.findAny().isPresent(), trainer.id() + " wrote its files");
    }
    try (Model loaded = trainer.load(folder, 1)) {
      Predictions after = loaded.predict(test);
      assertArrayEquals(before.values(), after.values(), 0.0, trainer.id());
      assertEquals(before.hasProbabilities(), after.hasProbabilities(), trainer.id());
      if (before.hasProbabilities()) {
        for (int i = 0; i < before.size(); i++) {
          assertArrayEquals(before.probabilities()[i], after.probabilities()[i], 0.0, trainer.id() + " row " + i);
        }
      }
    }
  }
}
