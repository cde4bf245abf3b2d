package dev.verdict.model;

/**
 * What a trainer learns from: features and targets of the training rows of one fold.
 *
 * @param x features, already preprocessed as the trainer's {@code FeatureSpec} asked
 * @param y class indices {@code 0..classes-1} for classification, values for regression
 * @param task classification or regression
 * @param classes number of classes (0 for regression)
 */
public record TrainingSet(Matrix x, double[] y, TaskType task, int classes) {
  public TrainingSet {
    if (y.length != x.rows()) {
      throw new IllegalArgumentException(y.length + " targets for " + x.rows() + " rows");
    }
    if (task == TaskType.CLASSIFICATION && classes < 2) {
      throw new IllegalArgumentException("classification needs at least 2 classes, got " + classes);
    }
  }

  public DataShape shape() {
    return new DataShape(x.rows(), x.columns(), classes, task);
  }
}
