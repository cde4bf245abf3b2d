package dev.verdict.curve;

/**
 * A family's predicted score with more data, from its fitted curve.
 *
 * @param multiple how many times the current data (the table's rows)
 * @param rows training rows
 * @param score predicted primary metric
 * @param low lower end of the 95 % bootstrap interval
 * @param high upper end of the 95 % bootstrap interval
 */
public record Extrapolation(double multiple, long rows, double score, double low, double high) {}
