package dev.verdict.model;

/**
 * What a trainer gets besides the data.
 *
 * @param seed the seed for every random choice of this fit (derived from the run's seed)
 * @param deadline when an iterative learner must stop at its next iteration boundary
 * @param threads how many threads the learner may use
 * @param verbose whether the learner may print its own progress
 * @param probabilities whether the model must estimate class probabilities; a fit that is only
 *     scored on a metric of predicted classes (a selection fit ranked by accuracy, say) may skip a
 *     costly estimate, such as LibSVM's internal cross-validation
 */
public record TrainContext(long seed, Deadline deadline, int threads, boolean verbose, boolean probabilities) {
  public TrainContext {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** A context for a fit whose model estimates class probabilities where it can. */
  public TrainContext(long seed, Deadline deadline, int threads, boolean verbose) {
    this(seed, deadline, threads, verbose, true);
  }

  /** The same context with another seed and deadline. */
  public TrainContext with(long seed, Deadline deadline) {
    return new TrainContext(seed, deadline, threads, verbose, probabilities);
  }

  /** The same context, with or without class probabilities. */
  public TrainContext withProbabilities(boolean probabilities) {
    return new TrainContext(seed, deadline, threads, verbose, probabilities);
  }
}
