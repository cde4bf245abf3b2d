package dev.verdict.run;

import dev.verdict.curve.CurveAnalysis;
import dev.verdict.curve.CurvePoint;
import dev.verdict.curve.CurveSizes;
import dev.verdict.curve.NestedSubsets;
import dev.verdict.eval.Evaluator;
import dev.verdict.eval.Metric;
import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import dev.verdict.split.Folds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Measures one family's sample-size learning curve: its selected model trained on nested, stratified
 * subsets of every outer training fold ({@link NestedSubsets}, seeded per fold) at sizes spaced on a
 * log scale ({@link CurveSizes}), each scored on that fold's test rows. The full training fold's
 * scores are the run's own cross-validation scores, so only the smaller sizes cost new fits. Every
 * size is trained with the settings the full fold had ({@link Trainer#withSettingsFor}); each fit
 * gets up to {@value #COST_HEADROOM}× the run's full-fold fit time scaled by {@link Trainer#relativeCost}
 * (the rows' share unless the learner says otherwise; iterative learners stop there), and when the curve's time
 * cannot pay for that on every fold, it is measured on fewer folds (at least three). Sizes
 * are measured smallest first over every fold, so a budget that runs out leaves the largest sizes
 * unmeasured (reported), never a curve with holes in the middle.
 */
final class CurveRunner {
  /** The fewest folds a curve is measured on when its time cannot pay for every fold. */
  static final int MIN_FOLDS = 3;
  /**
   * An iterative fit may take this many times the run's full-fold fit time × its relative cost: early
   * stopping's epochs vary by a third from fold to fold (48–71 at 1,227 letter rows), and with 1.25
   * one to three of letter's small network fits in five were cut before they stopped.
   */
  static final double COST_HEADROOM = 2;

  private final FeatureTable data;
  private final Folds folds;
  private final RunOptions options;
  private final Metric primary;
  private final RunListener listener;
  private final Evaluator evaluator;

  CurveRunner(FeatureTable data, Folds folds, RunOptions options, Metric primary, RunListener listener) {
    this.data = data;
    this.folds = folds;
    this.options = options;
    this.primary = primary;
    this.listener = listener;
    this.evaluator = new Evaluator(data.task(), data.classCount());
  }

  /**
   * @param trainer the family's selected model
   * @param run its cross-validated result in this run (its fold scores are the full-size point)
   * @param threads threads its fits may use
   * @param deadline when the curve's fits must end
   * @param skipped receives what the budget left out
   */
  CurveAnalysis.Measured measure(String family, Trainer trainer, ModelResult run, int threads, Deadline deadline,
      List<String> skipped) {
    int foldRows = CvPlan.trainRows(data, folds);
    int classes = data.task() == TaskType.CLASSIFICATION ? data.classCount() : 1;
    int[] sizes = CurveSizes.of(foldRows, classes, CurveSizes.DEFAULT_COUNT);
    // every size is trained as the full fold was (one procedure along the curve)
    Trainer sized = trainer.withSettingsFor(foldRows, classes);
    double fullSeconds = run.folds().stream().mapToDouble(f -> f.fitSeconds() + f.predictSeconds()).average().orElse(0);
    // every size gets the run's fit time scaled by its relative cost, so a small size is not starved of
    // the rounds or epochs the full fold had; when the curve's time cannot pay for that on every fold, fewer folds
    // (the first ones, at least MIN_FOLDS) are measured rather than starving every fit
    double perFold = 0;
    double[] share = new double[sizes.length];
    for (int s = 0; s < sizes.length - 1; s++) {
      share[s] = sized.relativeCost(sizes[s], foldRows, classes);
      perFold += fullSeconds * share[s];
    }
    int k = folds.count();
    if (perFold > 0 && perFold * k > deadline.secondsLeft()) {
      k = Math.max(Math.min(k, MIN_FOLDS), Math.min(k, (int) Math.floor(deadline.secondsLeft() / perFold)));
      skipped.add(String.format(Locale.ROOT, "%s: measured on %d of %d folds: at the run's fit time a fold's smaller"
          + " sizes take about %s, and the curve had %s", family, k, folds.count(), ExperimentRunner.seconds(perFold),
          ExperimentRunner.seconds(deadline.secondsLeft())));
    }
    int[][] orders = new int[k][];
    List<CurvePoint> points = new ArrayList<>();
    listener.stage(String.format(Locale.ROOT, "learning curve of %s (%s): %d sizes from %,d to %,d rows × %d folds",
        family, trainer.id(), sizes.length, sizes[0], foldRows, k));
    boolean stopped = false;
    double costLeft = Arrays.stream(share).sum() * k;
    for (int s = 0; s < sizes.length - 1; s++) {
      int n = sizes[s];
      Double[] scores = new Double[k];
      int cut = 0;
      for (int j = 0; j < k && !stopped; j++) {
        // a fit costs about its share of the full fold's fit (an over-estimate for learners that grow
        // faster than the rows, such as kernel SVMs)
        double predicted = fullSeconds * share[s];
        if (deadline.passed() || predicted > deadline.secondsLeft()) {
          stopped = true;
          skipped.add(String.format(Locale.ROOT, "%s: sizes from %,d rows (fold %d of %d on) not measured: the curve's time ran out",
              family, n, j + 1, k));
          break;
        }
        if (orders[j] == null) {
          int[] train = folds.train(j);
          int[] classOf = data.task() == TaskType.CLASSIFICATION
              ? Arrays.stream(data.target(train)).mapToInt(v -> (int) v).toArray() : null;
          orders[j] = NestedSubsets.order(train, classOf, data.classCount(), Seeds.derive(options.seed(), "curve", j));
        }
        int[] subset = Arrays.copyOf(orders[j], Math.min(n, orders[j].length));
        double allowance = Math.max(0.05, Math.min(COST_HEADROOM * fullSeconds * share[s],
            deadline.secondsLeft() * share[s] / Math.max(share[s], costLeft)));
        costLeft -= share[s];
        Deadline fitDeadline = trainer.iterative() ? deadline.atMost(allowance) : deadline;
        TrainContext context = new TrainContext(Seeds.derive(options.seed(), "curve-" + trainer.id(), s * 1000 + j),
            fitDeadline, threads, options.verbose(), primary.needsProbabilities());
        try {
          Scored scored = score(sized, subset, folds.test(j), context);
          scores[j] = scored.value();
          cut += scored.cut() ? 1 : 0;
        } catch (RuntimeException e) {
          // a learner that cannot fit a small subset ends the curve there; the run's results stand
          stopped = true;
          skipped.add(String.format(Locale.ROOT, "%s: sizes from %,d rows not measured: the fit failed in fold %d (%s)",
              family, n, j + 1, ExperimentRunner.firstLine(String.valueOf(e.getMessage()))));
        }
      }
      if (Arrays.stream(scores).anyMatch(Objects::nonNull)) {
        points.add(CurvePoint.of(n, scores, false, cut));
      }
      if (stopped) {
        break;
      }
    }
    Double[] full = new Double[k];
    int fullCut = 0;
    for (FoldScore f : run.folds()) {
      if (f.fold() < k) {
        full[f.fold()] = f.metrics().get(primary.key());
        fullCut += f.cut() ? 1 : 0;
      }
    }
    points.add(CurvePoint.of(foldRows, full, true, fullCut));
    if (fullCut > 0 && trainer.iterative()) {
      skipped.add(String.format(Locale.ROOT, "%s: %d of %d full-fold fits of %s were cut by the run's budget, so every size"
          + " had about as many rounds or epochs as they did: the curve shows %s at this budget, not trained to"
          + " convergence (a larger --budget measures its own curve)", family, fullCut, k, trainer.id(), trainer.id()));
    }
    return new CurveAnalysis.Measured(family, trainer.id(), List.copyOf(points));
  }

  /** A fit's score on the test rows ({@code null} when undefined) and whether its time share cut it. */
  private record Scored(Double value, boolean cut) {}

  private Scored score(Trainer trainer, int[] subset, int[] test, TrainContext context) {
    Preprocessor prep = Preprocessor.fit(data, subset, trainer.featureSpec());
    TrainingSet set = new TrainingSet(prep.transform(data, subset), data.target(subset), data.task(), data.classCount());
    try (Model model = trainer.fit(set, context)) {
      Double v = evaluator.evaluate(data.target(test), model.predict(prep.transform(data, test))).get(primary);
      return new Scored(v == null || v.isNaN() ? null : v, model.report().cutByDeadline());
    }
  }

}
