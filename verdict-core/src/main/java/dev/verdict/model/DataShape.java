package dev.verdict.model;

/** The size of a training problem, from which trainers predict their cost. */
public record DataShape(int rows, int features, int classes, TaskType task) {
  /** Number of outputs a model fits: classes for multi-class, else one. */
  public int outputs() {
    return task == TaskType.CLASSIFICATION && classes > 2 ? classes : 1;
  }
}
