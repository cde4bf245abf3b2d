package dev.verdict.model;

/**
 * How a fit went, beyond its predictions.
 *
 * @param cutByDeadline true when an iterative learner stopped early because its time share ran out
 * @param iterations iterations (rounds, epochs) fitted, or 0 when not iterative
 * @param detail a short note for people, e.g. "142 rounds (early stopping)"; may be empty
 */
public record FitReport(boolean cutByDeadline, int iterations, String detail) {
  public static FitReport complete(String detail) {
    return new FitReport(false, 0, detail);
  }
}
