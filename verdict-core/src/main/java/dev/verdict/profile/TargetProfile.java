package dev.verdict.profile;

import dev.verdict.model.TaskType;
import java.util.List;

/**
 * The target column: the task, and the class balance or the value distribution.
 *
 * @param name the target column
 * @param task classification or regression
 * @param taskReason why this task was chosen
 * @param classes classes with counts, largest first (classification)
 * @param imbalanceRatio smallest class count / largest class count (classification)
 * @param strongImbalance true when {@code imbalanceRatio} is below {@link Profiler#STRONG_IMBALANCE}
 * @param distribution the target's distribution (regression)
 * @param missing rows without a target (dropped from modelling)
 */
public record TargetProfile(
    String name,
    TaskType task,
    String taskReason,
    List<ClassCount> classes,
    Double imbalanceRatio,
    boolean strongImbalance,
    NumericSummary distribution,
    int missing) {

  /** A class, its row count and its share of the rows with a target. */
  public record ClassCount(String name, int count, double share) {}
}
