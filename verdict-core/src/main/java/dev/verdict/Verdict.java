package dev.verdict;

import dev.verdict.data.CsvTableReader;
import dev.verdict.model.TaskType;
import dev.verdict.pipeline.SavedPipeline;
import dev.verdict.profile.DataProfile;
import dev.verdict.profile.Profiler;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.ExperimentRunner;
import dev.verdict.run.RunListener;
import dev.verdict.run.RunOptions;
import java.nio.file.Path;

/**
 * The Java API: profile a table, run an experiment, or load the model a run saved, exactly as the
 * {@code verdict} command does.
 * Model families are found on the class path.
 *
 * <pre>{@code
 * RunOptions options = RunOptions.defaults(Path.of("samples/iris.csv"), "species")
 *     .withBudget(Duration.ofSeconds(30));
 * CompletedRun run = Verdict.run(options);
 * System.out.println(run.result().verdict().paragraph());
 * try (SavedPipeline model = Verdict.load(run.folder())) {
 *   PredictionTable predictions = model.predict(Path.of("new-rows.csv"), false, null);
 * }
 * }</pre>
 */
public final class Verdict {
  private Verdict() {}

  /** Profiles a CSV file for a target (the task is inferred). */
  public static DataProfile profile(Path file, String target) {
    return profile(file, target, null, false);
  }

  /**
   * Profiles a CSV file for a target.
   *
   * @param task the task, or {@code null} to infer it
   * @param lenient read non-numeric values in mostly numeric columns as missing
   */
  public static DataProfile profile(Path file, String target, TaskType task, boolean lenient) {
    var table = new CsvTableReader().read(file);
    return new Profiler().profile(table, new Profiler.Options(target, task, lenient)).profile();
  }

  /** Runs an experiment and writes its run folder. */
  public static CompletedRun run(RunOptions options) {
    return run(options, RunListener.silent());
  }

  /** Runs an experiment, reporting progress to {@code listener}, and writes its run folder. */
  public static CompletedRun run(RunOptions options, RunListener listener) {
    return new ExperimentRunner().run(options, listener);
  }

  /** Loads the model a run saved (give the run folder), to predict new rows; close it after use. */
  public static SavedPipeline load(Path runFolder) {
    return load(runFolder, Runtime.getRuntime().availableProcessors());
  }

  /** Loads the model a run saved, predicting with {@code threads} threads; close it after use. */
  public static SavedPipeline load(Path runFolder, int threads) {
    return SavedPipeline.load(runFolder, threads);
  }
}
