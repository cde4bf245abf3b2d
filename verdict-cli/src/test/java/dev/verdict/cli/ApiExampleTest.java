package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.Verdict;
import dev.verdict.pipeline.PredictionTable;
import dev.verdict.pipeline.SavedPipeline;
import dev.verdict.profile.DataProfile;
import dev.verdict.result.RunResult;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.RunOptions;
import dev.verdict.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API example of the README, run as written (only the paths differ). */
class ApiExampleTest {
  @TempDir
  Path dir;

  @Test
  void readmeExampleRuns() {
    Path iris = Samples.path("iris.csv");
    // --- README example ---
    DataProfile profile = Verdict.profile(iris, "species");
    System.out.println(profile.advice().summary());

    RunOptions options = RunOptions.defaults(iris, "species")
        .withBudget(Duration.ofSeconds(30))
        .withSeed(7)
        .withOut(dir.resolve("iris-run"), false);
    CompletedRun run = Verdict.run(options);
    RunResult result = run.result();
    System.out.println(result.best() + " " + result.model(result.best()).meanOf("accuracy"));
    System.out.println(result.verdict().paragraph());

    try (SavedPipeline model = Verdict.load(run.folder())) {
      PredictionTable predictions = model.predict(iris, false, null);
      System.out.println(predictions.value(0) + " " + Arrays.toString(predictions.predictions().probabilities()[0]));
      // --- end of example ---
      assertEquals(150, predictions.size());
      assertEquals("setosa", predictions.value(0));
    }
    assertEquals("classical", profile.advice().expected());
    assertTrue(result.model(result.best()).meanOf("accuracy") > 0.9);
    assertTrue(Files.exists(run.folder().resolve("result.json")));
  }
}
