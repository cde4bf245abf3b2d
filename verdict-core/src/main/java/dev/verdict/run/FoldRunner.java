package dev.verdict.run;

import dev.verdict.BadInputException;
import dev.verdict.eval.Evaluator;
import dev.verdict.eval.Metric;
import dev.verdict.eval.Metrics;
import dev.verdict.model.DataShape;
import dev.verdict.model.Deadline;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.result.OutOfFold;
import dev.verdict.split.FoldSplitter;
import dev.verdict.split.Folds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fits one trainer fold by fold within its share of the budget: in each outer fold it first scores
 * the trainer on inner splits of the training rows (the family's pipeline selection), then fits it on
 * the whole training fold and scores it on the test fold. Fits run on one thread of its own, so one
 * that overruns the run's deadline can be abandoned.
 */
final class FoldRunner {
  /** Share of an iterative model's fold allowance given to its selection fits. */
  static final double SELECTION_SHARE_OF_FOLD = 0.4;
  static final double SELECTION_SHARE_OF_FOLD_INNER_CV = 0.55;

  private final FeatureTable data;
  private final Folds folds;
  private final RunOptions options;
  /** When the candidates' fits must end: the run's deadline less the saved model's reserve. */
  private final Deadline deadline;
  /** The run's deadline: a fit still running a second after it is abandoned. */
  private final Deadline hardDeadline;
  private final RunListener listener;
  private final ExecutorService executor;
  private final Evaluator evaluator;
  private final List<Metric> metrics;
  private final Metric primary;
  private final int threads;
  private final CvPlan plan;
  private volatile boolean abandoned;

  FoldRunner(FeatureTable data, Folds folds, RunOptions options, int threads, CvPlan plan, Deadline deadline,
      Deadline hardDeadline, RunListener listener, ExecutorService executor, Metric primary) {
    this.plan = plan;
    this.hardDeadline = hardDeadline;
    this.primary = primary;
    this.threads = threads;
    this.data = data;
    this.folds = folds;
    this.options = options;
    this.deadline = deadline;
    this.listener = listener;
    this.executor = executor;
    this.evaluator = new Evaluator(data.task(), data.classCount());
    this.metrics = Metric.forTask(data.task());
  }

  /** Whether a fit overran the run's deadline and was left running: nothing more can start on this runner. */
  boolean abandoned() {
    return abandoned;
  }

  ModelResult run(Trainer trainer, double share) {
    int k = folds.count();
    if (deadline.passed()) {
      return skipped(trainer, "not started: the budget's time for fitting was spent");
    }
    int trainRows = CvPlan.trainRows(data, folds);
    OptionalDouble estimate = predictedSeconds(trainer);
    double predictedCost = estimate.orElse(0);
    if (!trainer.isBaseline() && estimate.isPresent() && predictedCost > share) {
      return skipped(trainer, String.format(Locale.ROOT,
          "skipped: predicted %s for %d folds on %,d training rows exceeds its %s share of the budget",
          ExperimentRunner.seconds(predictedCost), k, trainRows, ExperimentRunner.seconds(share)));
    }
    listener.modelStarted(trainer.id(), trainer.displayName(), k, share);
    List<FoldScore> scores = new ArrayList<>();
    String[] predicted = new String[data.rows()];
    double[][] probabilities = null;
    Long size = null;
    double predictSeconds = 0;
    int predictedRows = 0;
    String note = "";
    ModelStatus status = ModelStatus.COMPLETE;
    long start = System.nanoTime();
    for (int j = 0; j < k; j++) {
      double spent = (System.nanoTime() - start) / 1e9;
      double left = share - spent;
      if (deadline.passed()) {
        status = ModelStatus.INCOMPLETE;
        note = String.format(Locale.ROOT, "stopped after %d of %d folds: the budget's time for fitting was spent", j, k);
        break;
      }
      if (j == 1 && !trainer.iterative() && !trainer.isBaseline()) {
        double first = scores.get(0).fitSeconds() + scores.get(0).selectionSeconds();
        double projected = first * (k - 1);
        if (projected > Math.max(1.5 * left, 1.0)) {
          status = ModelStatus.INCOMPLETE;
          note = String.format(Locale.ROOT,
              "stopped after fold 1: it took %s, so %d more folds would need about %s, over the %s left of its share",
              ExperimentRunner.seconds(first), k - 1, ExperimentRunner.seconds(projected), ExperimentRunner.seconds(Math.max(0, left)));
          break;
        }
      }
      if (j > 0 && !trainer.isBaseline()) {
        // a fold does at least one round, forest or epoch per fit even when its share is tiny: one
        // that cannot end in the time left would run into the saved model's reserve
        FoldScore last = scores.get(j - 1);
        double lastSeconds = last.fitSeconds() + last.selectionSeconds() + last.predictSeconds();
        if (deadline.secondsLeft() < lastSeconds * (trainer.iterative() ? 0.5 : 1.0)) {
          status = ModelStatus.INCOMPLETE;
          note = String.format(Locale.ROOT,
              "stopped after %d of %d folds: the last took %s, more than the %s left for fitting", j, k,
              ExperimentRunner.seconds(lastSeconds), ExperimentRunner.seconds(deadline.secondsLeft()));
          break;
        }
      }
      double allowance = Math.max(0.05, left / (k - j));
      Deadline foldDeadline = trainer.iterative() ? deadline.atMost(allowance) : deadline;
      TrainContext context = new TrainContext(Seeds.derive(options.seed(), trainer.id(), j), foldDeadline,
          threads, options.verbose(), plan.probabilities());
      int fold = j;
      double foldAllowance = allowance;
      Future<FoldOutcome> future = executor.submit(() -> fitAndScore(trainer, fold, context, foldAllowance));
      FoldOutcome outcome;
      try {
        outcome = future.get((long) ((hardDeadline.secondsLeft() + 1.0) * 1000), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        abandoned = true;
        status = ModelStatus.INCOMPLETE;
        note = String.format(Locale.ROOT, "abandoned in fold %d of %d: the fit overran the run's deadline", j + 1, k);
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof BadInputException bad) {
          throw bad;
        }
        status = ModelStatus.FAILED;
        note = "failed in fold " + (j + 1) + ": " + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + ExperimentRunner.firstLine(cause.getMessage()));
        break;
      }
      scores.add(outcome.score);
      if (size == null) {
        size = outcome.sizeBytes;
      }
      predictSeconds += outcome.score.predictSeconds();
      predictedRows += outcome.score.testRows();
      int[] test = folds.test(j);
      Predictions p = outcome.predictions;
      if (p.hasProbabilities() && probabilities == null) {
        probabilities = new double[data.rows()][];
      }
      for (int i = 0; i < test.length && j < folds.perRepeat(); i++) { // out-of-fold: the first repeat
        predicted[test[i]] = label(p.values()[i]);
        if (p.hasProbabilities()) {
          probabilities[test[i]] = round4(p.probabilities()[i]);
        }
      }
      if (outcome.score.cut()) {
        status = ModelStatus.CUT;
      }
      listener.foldFinished(trainer.id(), j, k, outcome.score.fitSeconds() + outcome.score.predictSeconds());
    }
    if (status == ModelStatus.CUT) {
      long cutFolds = scores.stream().filter(FoldScore::cut).count();
      note = String.format(Locale.ROOT, "cut: its time share ran out in %d of %d folds (%s)", cutFolds, k,
          scores.stream().filter(FoldScore::cut).map(FoldScore::detail).findFirst().orElse(""));
    }
    Map<String, Double> mean = null;
    Map<String, Double> std = null;
    if (status.ranked()) {
      mean = new LinkedHashMap<>();
      std = new LinkedHashMap<>();
      for (Metric m : metrics) {
        double[] values = scores.stream().map(s -> s.metrics().get(m.key())).filter(v -> v != null)
            .mapToDouble(Double::doubleValue).toArray();
        if (values.length == scores.size()) {
          mean.put(m.key(), Metrics.mean(values));
          std.put(m.key(), Metrics.sampleStd(values));
        }
      }
    }
    double fitSeconds = scores.stream().mapToDouble(FoldScore::fitSeconds).sum();
    return new ModelResult(trainer.id(), trainer.displayName(), trainer.family().label(), trainer.isBaseline(), status,
        note, List.copyOf(scores), mean, std, fitSeconds,
        predictedRows == 0 ? null : predictSeconds * 1e6 / predictedRows,
        size,
        scores.isEmpty() ? null : new OutOfFold(predicted, probabilities));
  }

  ModelResult skipped(Trainer trainer, String note) {
    return new ModelResult(trainer.id(), trainer.displayName(), trainer.family().label(), trainer.isBaseline(),
        ModelStatus.SKIPPED, note, List.of(), null, null, 0, null, null, null);
  }

  private FoldOutcome fitAndScore(Trainer trainer, int fold, TrainContext context, double allowance) {
    int[] train = folds.train(fold);
    int[] test = folds.test(fold);
    Double selectionScore = null;
    double selectionSeconds = 0;
    TrainContext outerContext = context;
    if (!trainer.isBaseline()) {
      // the family's pipeline selection sees only this fold's training rows
      long s0 = System.nanoTime();
      double selectionShare = plan.innerFolds() > 1 ? SELECTION_SHARE_OF_FOLD_INNER_CV : SELECTION_SHARE_OF_FOLD;
      // selection fits are ranked by the primary metric only: no class probabilities unless it needs them
      TrainContext inner = (trainer.iterative()
          ? context.with(context.seed() ^ 0x51ED, context.deadline().atMost(allowance * selectionShare))
          : context).withProbabilities(primary.needsProbabilities());
      selectionScore = selectionScore(trainer, fold, train, inner);
      selectionSeconds = (System.nanoTime() - s0) / 1e9;
      if (trainer.iterative()) {
        outerContext = context.with(context.seed(), context.deadline().atMost(Math.max(0.05, allowance - selectionSeconds)));
      }
    }
    long a = System.nanoTime();
    Preprocessor prep = Preprocessor.fit(data, train, trainer.featureSpec());
    Matrix xTrain = prep.transform(data, train);
    TrainingSet set = new TrainingSet(xTrain, data.target(train), data.task(), data.classCount());
    try (Model model = trainer.fit(set, outerContext)) {
      double fitSeconds = (System.nanoTime() - a) / 1e9;
      long b = System.nanoTime();
      Matrix xTest = prep.transform(data, test);
      Predictions predictions = model.predict(xTest);
      double predictSeconds = (System.nanoTime() - b) / 1e9;
      Map<String, Double> values = new LinkedHashMap<>();
      evaluator.evaluate(data.target(test), predictions).forEach((m, v) -> values.put(m.key(), v));
      var report = model.report();
      FoldScore score = new FoldScore(fold, values, fitSeconds, predictSeconds, train.length, test.length,
          report.cutByDeadline(), report.detail(), selectionScore, selectionSeconds);
      // serialising a model can cost more than fitting it (Tribuo's CART on letter: 1.3 s against
      // 0.14 s), and folds give models of about the same size: the first fold's stands for all
      return new FoldOutcome(score, predictions, fold == 0 ? model.sizeBytes() : null);
    }
  }

  /**
   * The trainer's primary metric on inner splits of {@code train} only: the mean over
   * inner folds, or one holdout, as the run's {@link CvPlan} says. Iterative learners share the
   * selection deadline evenly between the inner fits. Every candidate of every family is judged
   * on the same inner splits of a fold.
   */
  private Double selectionScore(Trainer trainer, int fold, int[] train, TrainContext context) {
    int[][][] splits = innerSplits(train, Seeds.derive(options.seed(), "selection", fold));
    double sum = 0;
    int scored = 0;
    for (int i = 0; i < splits.length; i++) {
      int[] fit = splits[i][0];
      int[] hold = splits[i][1];
      if (hold.length == 0 || fit.length == 0) {
        continue;
      }
      Preprocessor prep = Preprocessor.fit(data, fit, trainer.featureSpec());
      TrainingSet set = new TrainingSet(prep.transform(data, fit), data.target(fit), data.task(), data.classCount());
      if (data.task() == TaskType.CLASSIFICATION && Arrays.stream(set.y()).distinct().count() < 2) {
        continue;
      }
      TrainContext fitContext = trainer.iterative()
          ? context.with(context.seed() + i, context.deadline().atMost(context.deadline().secondsLeft() / (splits.length - i)))
          : context;
      try (Model model = trainer.fit(set, fitContext)) {
        Double v = evaluator.evaluate(data.target(hold), model.predict(prep.transform(data, hold))).get(primary);
        if (v != null && !Double.isNaN(v)) {
          sum += v;
          scored++;
        }
      }
    }
    return scored == 0 ? null : sum / scored;
  }

  /** {fit rows, held-out rows} pairs over {@code train}, in table rows. */
  private int[][][] innerSplits(int[] train, long seed) {
    double[] y = data.target(train);
    int k = plan.innerFolds();
    if (k == 1) {
      int[][] split = FoldSplitter.holdout(y, data.task(), data.classCount(), CvPlan.SELECTION_HOLDOUT, seed);
      return new int[][][] {{rowsOf(train, split[0]), rowsOf(train, split[1])}};
    }
    Folds inner = data.task() == TaskType.CLASSIFICATION
        ? FoldSplitter.stratified(Arrays.stream(y).mapToInt(v -> (int) v).toArray(), data.classCount(), k, seed)
        : FoldSplitter.plain(train.length, k, seed);
    int[][][] out = new int[k][][];
    for (int f = 0; f < k; f++) {
      out[f] = new int[][] {rowsOf(train, inner.train(f)), rowsOf(train, inner.test(f))};
    }
    return out;
  }

  private String label(double value) {
    if (data.task() == TaskType.CLASSIFICATION) {
      return data.classNames()[(int) value];
    }
    return Double.toString(value);
  }

  private record FoldOutcome(FoldScore score, Predictions predictions, Long sizeBytes) {}

  /** This runner's predicted seconds for a trainer's folds and selection fits, when it has a cost estimate. */
  OptionalDouble predictedSeconds(Trainer trainer) {
    return plan.predictedSeconds(trainer, data, folds, primary);
  }

  /** {@code positions} of {@code rows}, mapped to the rows themselves. */
  private static int[] rowsOf(int[] rows, int[] positions) {
    int[] out = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = rows[positions[i]];
    }
    return out;
  }

  private static double[] round4(double[] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.round(p[i] * 10_000) / 10_000.0;
    }
    return out;
  }
}
