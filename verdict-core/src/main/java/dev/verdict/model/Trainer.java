package dev.verdict.model;

import dev.verdict.prep.FeatureSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The one contract every model family implements: a trainer turns a {@link TrainingSet} into a
 * {@link Model}. Comparison code sees only this interface, never a backend.
 */
public interface Trainer {
  /** A short stable id, e.g. {@code xgboost}, used in results and on the command line. */
  String id();

  /** A human-readable name with the essential settings, e.g. "XGBoost (hist, depth 6)". */
  String displayName();

  Family family();

  /** True for the trivial reference model (majority class or mean). */
  default boolean isBaseline() {
    return false;
  }

  /** How the trainer wants its features prepared (fitted inside each training fold). */
  FeatureSpec featureSpec();

  /** True when the learner stops at an iteration boundary once its deadline has passed. */
  boolean iterative();

  /**
   * This learner's weight when its family's time left is shared among the learners still to run
   * (1 by default): a learner known to gain most from more time on typical data may ask for more.
   */
  default double shareWeight() {
    return 1;
  }

  /**
   * Predicted seconds for one fit on data of this shape, and the prediction of a fold's held-out rows,
   * alone on one core, when the learner's cost is known well enough to skip it up front (e.g. kernel
   * SVMs grow faster than the rows). For an iterative learner, the seconds for the smallest model worth
   * having (a forest's first trees): one whose share cannot afford that is skipped up front, and its
   * family's time goes to the others.
   *
   * @param probabilities whether the fit estimates class probabilities ({@link TrainContext#probabilities()})
   */
  OptionalDouble estimateSeconds(DataShape shape, boolean probabilities);

  /**
   * The cost of a fit on {@code rows} training rows relative to one on {@code fullRows} (a learning
   * curve's time allowance per size), for a table of {@code classes} classes (1 for regression). Rows
   * over full rows by default; a learner whose work does not shrink with the rows (a net that keeps a
   * minimum of steps per epoch) says so here, or its small fits are cut before they learn.
   */
  default double relativeCost(int rows, int fullRows, int classes) {
    return (double) rows / fullRows;
  }

  /**
   * This trainer with the settings it derives from the size of its training set (a network's
   * early-stopping holdout, say) fixed as for a fit on {@code rows} rows of {@code classes} classes
   * (1 for regression), whatever size it is then given. A learning curve trains every size this way,
   * so it measures one procedure rather than a switch between two at some size (a kink that the
   * power law cannot follow). Itself by default: most learners derive nothing from the size.
   */
  default Trainer withSettingsFor(int rows, int classes) {
    return this;
  }

  /** Fits a model. Iterative learners must watch {@link TrainContext#deadline()}. */
  Model fit(TrainingSet data, TrainContext context);

  /**
   * Loads a model that a model of this trainer wrote with {@link Model#save}.
   *
   * @param threads threads the loaded model may use to predict
   * @throws UnsupportedOperationException when this trainer's models cannot be saved
   */
  default Model load(Path dir, int threads) throws IOException {
    throw new UnsupportedOperationException(id() + " models cannot be loaded");
  }
}
