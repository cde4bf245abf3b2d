package dev.verdict.result;

/**
 * The folds every model shared.
 *
 * @param count number of folds
 * @param stratified whether class proportions were kept per fold
 * @param seed the seed they were made from
 * @param sizes test rows per fold
 * @param foldOfRow the fold in which each row (with a target) was a test row
 */
public record FoldPlan(int count, boolean stratified, long seed, int[] sizes, int[] foldOfRow) {}
