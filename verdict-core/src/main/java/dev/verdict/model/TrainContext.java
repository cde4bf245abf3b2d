package dev.verdict.model;

/**
 * What a trainer gets besides the data.
 *
 * @param seed the seed for every random choice of this fit (derived from the run's seed)
 * @param deadline when an iterative learner must stop at its next iteration boundary
 * @param threads how many threads the learner may use
 * @param verbose whether the learner may print its own progress
 */
public record TrainContext(long seed, Deadline deadline, int threads, boolean verbose) {
  public TrainContext {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
