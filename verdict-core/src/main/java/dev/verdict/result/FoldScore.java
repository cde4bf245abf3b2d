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
 * @param selectionScore the primary metric of the same model fitted on an inner split of this
 *     fold's training rows and scored on the rest of them (for selecting a family's pipeline without
 *     touching the fold's test rows); {@code null} for the baseline or when not measured
 * @param selectionSeconds wall seconds of that inner fit and scoring
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
