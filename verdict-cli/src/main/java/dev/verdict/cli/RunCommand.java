package dev.verdict.cli;

import dev.verdict.eval.Metric;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.ExperimentRunner;
import dev.verdict.run.RunOptions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verdict run}: cross-validate every candidate model on the same folds within one budget. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Compare classical ML and deep learning on a table, and give the verdict.",
        "Profiles the table, fits every candidate of both families on the same cross-validation folds within one time"
            + " budget, compares the families' selected pipelines (corrected resampled t-test), refits and saves the"
            + " recommended model, and writes result.json, leaderboard.csv, summary.md and model/ to the run folder"
            + " (atomically)."})
class RunCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  DataOptions data;

  @Option(names = "--metric", paramLabel = "METRIC", converter = Converters.MetricConverter.class,
      description = "primary metric: accuracy, macro-f1, log-loss, roc-auc, rmse, mae, r2 (default: accuracy,"
          + " macro-f1 for strongly imbalanced classes, rmse for regression)")
  Metric metric;

  @Option(names = "--models", split = ",", paramLabel = "ID",
      description = "only these models (comma-separated ids, e.g. xgboost,svm-rbf); the baseline always runs")
  List<String> models;

  @Mixin
  RunSettings settings;

  @Override
  public Integer call() {
    Logging.configure(settings.verbose);
    RunOptions options = new RunOptions(data.file, data.target, data.task, metric, settings.budgetOrDefault(), settings.seed,
        settings.folds, settings.repeats, settings.out, settings.force, data.lenient, models, settings.threads(), settings.verbose,
        !settings.noModel, !settings.sequential, settings.curve || curveAlways());
    return execute(spec.commandLine(), options, settings);
  }

  /** Whether the learning curves are measured whatever the options say ({@code verdict curve}). */
  boolean curveAlways() {
    return false;
  }

  /** Runs with console progress and prints the results; shared with {@code demo}. */
  static int execute(CommandLine cl, RunOptions options, RunSettings settings) {
    try (ConsoleProgress progress = ConsoleProgress.create(cl.getErr(), settings.quiet)) {
      CompletedRun run = new ExperimentRunner().run(options, progress);
      progress.close();
      RunConsole.print(cl.getOut(), run);
      return ExitCodes.OK;
    }
  }
}
