package dev.verdict.curve;

/**
 * Whether and where the deep family's learning curve crosses the classical one's.
 *
 * @param status the finding
 * @param rows the estimated crossover size (training rows) when {@link Status#CROSSES}, else {@code null}
 * @param low lower end of its 95 % bootstrap interval, or {@code null}
 * @param high upper end of its 95 % bootstrap interval, or {@code null} when beyond the searched range
 * @param probability share of bootstrap resamples in which deep overtakes within the searched range
 * @param text the finding in one sentence
 */
public record Crossover(Status status, Long rows, Long low, Long high, double probability, String text) {
  /** What the curves say. */
  public enum Status {
    /** Deep learning already scores better at the full training-fold size. */
    DEEP_AHEAD,
    /** Deep learning is predicted to overtake within the searched range. */
    CROSSES,
    /** No crossover is expected up to the searched range (10× the current data). */
    NONE_EXPECTED,
    /** A curve is missing or ill-behaved, so no crossover is estimated. */
    NOT_ESTIMATED
  }
}
