package dev.verdict.run;

import dev.verdict.result.ModelResult;

/** Observes a run: the command line draws progress from these events. All methods are optional. */
public interface RunListener {
  /** A step of the run that is not a model, e.g. "profiling". */
  default void stage(String message) {}

  /** Something the user should know; also kept in the result's warnings. */
  default void warning(String message) {}

  /** A model starts its folds. */
  default void modelStarted(String id, String name, int folds, double shareSeconds) {}

  /** A model finished a fold. */
  default void foldFinished(String id, int fold, int folds, double seconds) {}

  /** A model is done (whatever its status). */
  default void modelFinished(ModelResult result) {}

  /** A listener that ignores everything. */
  static RunListener silent() {
    return new RunListener() {};
  }
}
