package dev.verdict.run;

import dev.verdict.eval.Metric;
import dev.verdict.model.DataShape;
import dev.verdict.model.Trainer;
import dev.verdict.prep.FeatureTable;
import dev.verdict.split.Folds;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How a run's cross-validation fits are made, decided once per run from the budget and the data's
 * shape only (never from timings), so the same options always give the same fits. With time to spare,
 * each family's pipeline is selected by {@value #INNER_FOLDS}-fold inner cross-validation on training
 * folds up to {@value #INNER_CV_MAX_ROWS} rows (one holdout is noisy there), and every fit estimates
 * class probabilities for the log loss and ROC AUC columns. When, so planned, the candidates that have
 * a cost estimate would need more than {@value #MAX_SHARE} of their family's time, the run is thrifty:
 * one {@value #SELECTION_HOLDOUT} holdout, and probabilities only where the primary metric needs them
 * or they come free (LibSVM's take five extra fits; the saved model always estimates them). On a short
 * budget the candidates' own fits matter more than a less noisy choice between them.
 *
 * @param innerFolds inner folds that select each family's pipeline (1: one holdout)
 * @param probabilities whether cross-validation fits estimate class probabilities that cost extra
 * @param slowdown how much slower a fit runs than its estimate (alone on one core) says: {@value
 *     #SIDE_BY_SIDE_SLOWDOWN} when the families are fitted side by side, else 1
 */
record CvPlan(int innerFolds, boolean probabilities, double slowdown) {
  /** Share of a training fold's rows held out to select each family's pipeline, without inner folds. */
  static final double SELECTION_HOLDOUT = 0.2;
  /** Training folds up to this many rows select by inner folds, time allowing. */
  static final int INNER_CV_MAX_ROWS = 2500;
  static final int INNER_FOLDS = 3;
  /** Share of a family's time that the priced candidates may need before the run turns thrifty. */
  static final double MAX_SHARE = 0.5;
  /**
   * Fits beside the other family's run this much slower than alone (measured on 2 vCPUs: LibLinear on
   * letter 4.3 s against 2.1 s, LibSVM's digits folds 0.5 s against 0.25 s): the cores share caches,
   * memory bandwidth and the JIT compiler's threads.
   */
  static final double SIDE_BY_SIDE_SLOWDOWN = 2.0;

  /** A plan with time to spare: inner folds on small training folds and every probability. */
  CvPlan(int innerFolds, boolean probabilities) {
    this(innerFolds, probabilities, 1);
  }

  /**
   * @param families each family's candidates
   * @param familySeconds the time each family has for its candidates
   * @param sideBySide whether the families are fitted at the same time
   */
  static CvPlan choose(Map<?, List<Trainer>> families, FeatureTable data, Folds folds, Metric primary, double familySeconds,
      boolean sideBySide) {
    double slowdown = sideBySide ? SIDE_BY_SIDE_SLOWDOWN : 1;
    CvPlan generous = new CvPlan(trainRows(data, folds) <= INNER_CV_MAX_ROWS ? INNER_FOLDS : 1, true, slowdown);
    for (List<Trainer> family : families.values()) {
      double predicted = family.stream()
          .mapToDouble(t -> generous.predictedSeconds(t, data, folds, primary).orElse(0)).sum();
      if (predicted > MAX_SHARE * familySeconds) {
        return new CvPlan(1, primary.needsProbabilities(), slowdown);
      }
    }
    return generous;
  }

  /**
   * A trainer's predicted seconds for every outer fold and its selection fits (on fewer rows each, with
   * class probabilities only where the primary metric needs them), when it has a cost estimate.
   */
  OptionalDouble predictedSeconds(Trainer trainer, FeatureTable data, Folds folds, Metric primary) {
    int trainRows = trainRows(data, folds);
    int features = data.features().size();
    OptionalDouble outer = trainer.estimateSeconds(new DataShape(trainRows, features, data.classCount(), data.task()), probabilities);
    if (outer.isEmpty()) {
      return outer;
    }
    DataShape innerShape = new DataShape(selectionRows(trainRows), features, data.classCount(), data.task());
    double inner = trainer.estimateSeconds(innerShape, primary.needsProbabilities()).orElse(outer.getAsDouble());
    return OptionalDouble.of(slowdown * folds.count() * (outer.getAsDouble() + innerFolds * inner));
  }

  /** Rows each selection fit trains on, for a training fold of this many rows. */
  int selectionRows(int trainRows) {
    return innerFolds == 1 ? (int) Math.round(trainRows * (1 - SELECTION_HOLDOUT)) : trainRows * (innerFolds - 1) / innerFolds;
  }

  /** Rows of a training fold (the first; folds differ by at most one row). */
  static int trainRows(FeatureTable data, Folds folds) {
    return data.rows() - folds.test(0).length;
  }
}
