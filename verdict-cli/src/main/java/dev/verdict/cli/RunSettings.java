package dev.verdict.cli;

import dev.verdict.run.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code demo}. */
final class RunSettings {
  @Option(names = {"-b", "--budget"}, paramLabel = "TIME", converter = Converters.BudgetConverter.class,
      description = "hard deadline for the whole run, e.g. 30s, 5m, 1h (default: ${DEFAULT-VALUE})", defaultValue = "5m")
  Duration budget;

  @Option(names = {"-s", "--seed"}, paramLabel = "N", defaultValue = "42",
      description = "seed for folds and every model (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-k", "--folds"}, paramLabel = "K", defaultValue = "5",
      description = "cross-validation folds (default: ${DEFAULT-VALUE})")
  int folds;

  @Option(names = {"-r", "--repeats"}, paramLabel = "R", defaultValue = "1",
      description = "repeat the k-fold with new shuffles; the verdict pairs folds × repeats scores (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "run folder (default: runs/<data>-<timestamp>)")
  Path out;

  @Option(names = "--force", description = "replace the run folder if it exists")
  boolean force;

  @Option(names = "--no-model",
      description = "do not refit and save the recommended model (saves the time of one more fit; `predict` then has nothing to use)")
  boolean noModel;

  @Option(names = "--curve",
      description = "also measure each family's learning curve (score vs training rows, on nested subsets of every"
          + " training fold; 30%% of the budget), extrapolate it and estimate where deep learning would overtake"
          + " classical ML (demo: always)")
  boolean curve;

  @Option(names = {"-q", "--quiet"}, description = "no progress, only the results")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "show the libraries' own output and stack traces")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads for the run (default: all cores); with two or more, the families are fitted side by side on their share of them")
  Integer threads;

  @Option(names = "--sequential",
      description = "fit the families one after the other, each fit on every thread, instead of side by side")
  boolean sequential;

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  Duration budgetOrDefault() {
    return budget == null ? RunOptions.DEFAULT_BUDGET : budget;
  }
}
