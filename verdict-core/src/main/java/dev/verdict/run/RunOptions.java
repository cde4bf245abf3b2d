package dev.verdict.run;

import dev.verdict.BadInputException;
import dev.verdict.eval.Metric;
import dev.verdict.model.TaskType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs, validated on construction. Carries its seed, and round-trips to a flat
 * map so a result can say exactly how it was made.
 *
 * @param data the CSV file
 * @param target the column to predict
 * @param task classification or regression, or {@code null} to infer from the target
 * @param metric the primary metric, or {@code null} for the default (accuracy, macro-F1 when classes
 *     are strongly imbalanced, RMSE for regression)
 * @param budget hard deadline for the whole run
 * @param seed the seed every random choice derives from
 * @param folds number of cross-validation folds
 * @param repeats how many times the k-fold is repeated with a new shuffle (paired scores: folds ×
 *     repeats)
 * @param out the run folder, or {@code null} for {@code runs/<data>-<timestamp>}
 * @param force replace an existing run folder
 * @param lenient read non-numeric values in mostly numeric columns as missing
 * @param models trainer ids to run (empty: all)
 * @param threads threads a learner may use
 * @param verbose let the learning libraries print their own progress
 * @param saveModel refit the recommended model on all the data and save it in the run folder, for
 *     {@code verdict predict}
 * @param familiesInParallel with two or more threads, fit the families side by side, each on its
 *     share of the threads for the whole budget (else one after the other, each fit on every thread)
 * @param curve also measure each family's sample-size learning curve ({@link #CURVE_SHARE} of the
 *     budget), fit and extrapolate it, and estimate where deep learning would overtake classical ML
 */
public record RunOptions(
    Path data,
    String target,
    TaskType task,
    Metric metric,
    Duration budget,
    long seed,
    int folds,
    int repeats,
    Path out,
    boolean force,
    boolean lenient,
    List<String> models,
    int threads,
    boolean verbose,
    boolean saveModel,
    boolean familiesInParallel,
    boolean curve) {

  public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);
  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_FOLDS = 5;
  public static final int MAX_FOLDS = 50;
  public static final int MAX_REPEATS = 20;
  /** Share of the budget the learning curves get when asked for. */
  public static final double CURVE_SHARE = 0.3;

  public RunOptions {
    if (data == null) {
      throw new BadInputException("no data file given");
    }
    if (target == null || target.isBlank()) {
      throw new BadInputException("no target given; name the column to predict with --target");
    }
    if (budget == null || budget.toMillis() < 1000) {
      throw new BadInputException("--budget " + (budget == null ? "(none)" : Budgets.format(budget))
          + " is too small to fit anything; give at least 1s (e.g. --budget 30s)");
    }
    if (folds < 2 || folds > MAX_FOLDS) {
      throw new BadInputException("--folds must be between 2 and " + MAX_FOLDS + ", got " + folds);
    }
    if (repeats < 1 || repeats > MAX_REPEATS) {
      throw new BadInputException("--repeats must be between 1 and " + MAX_REPEATS + ", got " + repeats);
    }
    if (threads < 1) {
      throw new BadInputException("--threads must be at least 1, got " + threads);
    }
    if (metric != null && task != null && metric.task() != task) {
      throw new BadInputException("--metric " + metric.key() + " is for " + metric.task().label() + ", but --task is "
          + task.label());
    }
    models = models == null ? List.of() : List.copyOf(models);
  }

  /** Options with the defaults for everything but the file and the target. */
  public static RunOptions defaults(Path data, String target) {
    return new RunOptions(data, target, null, null, DEFAULT_BUDGET, DEFAULT_SEED, DEFAULT_FOLDS, 1, null, false, false,
        List.of(), Runtime.getRuntime().availableProcessors(), false, true, true, false);
  }

  public RunOptions withBudget(Duration value) {
    return new RunOptions(data, target, task, metric, value, seed, folds, repeats, out, force, lenient, models, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withSeed(long value) {
    return new RunOptions(data, target, task, metric, budget, value, folds, repeats, out, force, lenient, models, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withFolds(int value) {
    return new RunOptions(data, target, task, metric, budget, seed, value, repeats, out, force, lenient, models, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withRepeats(int value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, value, out, force, lenient, models, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withOut(Path value, boolean replace) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, value, replace, lenient, models, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withModels(List<String> value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, out, force, lenient, value, threads, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withThreads(int value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, out, force, lenient, models, value, verbose, saveModel, familiesInParallel, curve);
  }

  public RunOptions withSaveModel(boolean value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, out, force, lenient, models, threads, verbose, value, familiesInParallel, curve);
  }

  public RunOptions withFamiliesInParallel(boolean value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, out, force, lenient, models, threads, verbose, saveModel, value, curve);
  }

  public RunOptions withCurve(boolean value) {
    return new RunOptions(data, target, task, metric, budget, seed, folds, repeats, out, force, lenient, models, threads, verbose, saveModel, familiesInParallel, value);
  }

  /** The options as a flat map of text, as recorded in provenance. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("data", data.toString());
    m.put("target", target);
    m.put("task", task == null ? "auto" : task.label());
    m.put("metric", metric == null ? "auto" : metric.key());
    m.put("budget", Budgets.format(budget));
    m.put("seed", Long.toString(seed));
    m.put("folds", Integer.toString(folds));
    m.put("repeats", Integer.toString(repeats));
    m.put("out", out == null ? "auto" : out.toString());
    m.put("force", Boolean.toString(force));
    m.put("lenient", Boolean.toString(lenient));
    m.put("models", models.isEmpty() ? "all" : String.join(",", models));
    m.put("threads", Integer.toString(threads));
    m.put("saveModel", Boolean.toString(saveModel));
    m.put("familiesInParallel", Boolean.toString(familiesInParallel));
    m.put("curve", Boolean.toString(curve));
    return m;
  }
}
