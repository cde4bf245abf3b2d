package dev.verdict.curve;

/**
 * An honest check of the extrapolation: the curve is fitted only on the sizes up to a fraction of
 * the full training fold, and its prediction at the full size is compared with the measured score.
 *
 * @param fittedUpTo the largest training size the check's fit saw
 * @param sizes how many sizes it saw
 * @param predicted the predicted score at the full size
 * @param measured the measured mean score at the full size
 * @param error predicted − measured, in the metric's units
 */
public record HoldOutCheck(int fittedUpTo, int sizes, double predicted, double measured, double error) {}
