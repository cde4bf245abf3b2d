package dev.verdict.model;

/** What is predicted: a class or a number. */
public enum TaskType {
  CLASSIFICATION,
  REGRESSION;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
