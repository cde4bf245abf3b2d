package dev.verdict.result;

/** How far a model got within the run's budget. */
public enum ModelStatus {
  /** Every fold fitted and scored. */
  COMPLETE,
  /** Every fold scored, but an iterative learner stopped early in at least one fold (time share spent). */
  CUT,
  /** Some folds scored, then the model was stopped; it has no cross-validated mean and is not ranked. */
  INCOMPLETE,
  /** Not fitted: its predicted cost exceeded its share of the budget, or it was excluded. */
  SKIPPED,
  /** Fitting raised an error. */
  FAILED;

  /** True when the model has a score on every fold, so its mean can be ranked. */
  public boolean ranked() {
    return this == COMPLETE || this == CUT;
  }
}
