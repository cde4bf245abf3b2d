package dev.verdict.compare;

import java.util.List;

/**
 * One family run as a single pipeline: in each outer fold, its candidates were compared on inner
 * splits of that fold's training rows (inner k-fold on small folds, else one holdout), and the chosen
 * one (fitted on the whole training fold) was scored on the fold's test rows. Comparing families through their selected pipelines does not favour
 * the family with more candidates.
 *
 * @param family {@code classical} or {@code deep}
 * @param chosen per fold, the id of the chosen candidate
 * @param scores per fold, the primary metric of the chosen candidate on the fold's test rows
 * @param mean mean of {@code scores}
 * @param std sample standard deviation of {@code scores}
 * @param mostChosen the candidate chosen most often (ties: the better cross-validated one)
 * @param fitSeconds fit seconds of the chosen candidates, summed over folds
 * @param selectionSeconds seconds spent on the inner fits of all the family's candidates
 * @param predictMicrosPerRow mean prediction latency per row of the chosen candidates
 * @param sizeBytes mean serialised size of the chosen candidates
 * @param cutFolds folds in which the chosen candidate's fit was cut by its time share (its fit time
 *     then shows what the budget allowed, not what it costs)
 */
public record SelectedPipeline(
    String family,
    List<String> chosen,
    double[] scores,
    double mean,
    double std,
    String mostChosen,
    double fitSeconds,
    double selectionSeconds,
    double predictMicrosPerRow,
    long sizeBytes,
    int cutFolds) {}
