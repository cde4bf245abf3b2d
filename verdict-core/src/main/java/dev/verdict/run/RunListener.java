package dev.verdict.run;

import dev.verdict.result.ModelResult;

/**
 * Observes a run: the command line draws progress from these events. All methods are optional.
 * When families are fitted side by side, events of different models interleave (one at a time).
 */
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

  /** A view of {@code listener} that delivers one event at a time, for families fitted side by side. */
  static RunListener serialized(RunListener listener) {
    return new RunListener() {
      @Override
      public synchronized void stage(String message) {
        listener.stage(message);
      }

      @Override
      public synchronized void warning(String message) {
        listener.warning(message);
      }

      @Override
      public synchronized void modelStarted(String id, String name, int folds, double shareSeconds) {
        listener.modelStarted(id, name, folds, shareSeconds);
      }

      @Override
      public synchronized void foldFinished(String id, int fold, int folds, double seconds) {
        listener.foldFinished(id, fold, folds, seconds);
      }

      @Override
      public synchronized void modelFinished(ModelResult result) {
        listener.modelFinished(result);
      }
    };
  }

  /** A listener that ignores everything. */
  static RunListener silent() {
    return new RunListener() {};
  }
}
