package dev.verdict.result;

/**
 * Out-of-fold predictions: for every row (in the order of the rows with a target), the prediction
 * of the model fitted without that row.
 *
 * @param predicted class name or value per row; {@code null} for rows of folds not scored
 * @param probabilities per row, one probability per class (in the run's class order), rounded to 4
 *     decimals; {@code null} when the model gives none
 */
public record OutOfFold(String[] predicted, double[][] probabilities) {}
