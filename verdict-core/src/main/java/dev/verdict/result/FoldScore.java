package dev.verdict.result;

import java.util.Map;

/**
 * One model on one fold.
 *
 * @param fold fold index, from 0
 * @param metrics metric key → value on the fold's test rows
 * @param fitSeconds wall seconds to fit on the training rows (preprocessing included)
 * @param predictSeconds wall seconds to predict the test rows
 * @param trainRows rows fitted on
 * @param testRows rows scored
 * @param cut true when an iterative learner stopped early because its time share ran out
 * @param detail e.g. "180 rounds"
 * @param selectionScore the primary metric of the same model on inner splits of this fold's training
 *     rows only (mean over inner folds, or one holdout on large folds), for selecting a family's
 *     pipeline without touching the fold's test rows; {@code null} for the baseline or when not
 *     measured
 * @param selectionSeconds wall seconds of those inner fits and scoring
 */
public record FoldScore(
    int fold,
    Map<String, Double> metrics,
    double fitSeconds,
    double predictSeconds,
    int trainRows,
    int testRows,
    boolean cut,
    String detail,
    Double selectionScore,
    double selectionSeconds) {}
