package dev.verdict.model;

import java.util.Locale;

/** What is predicted: a class or a number. */
public enum TaskType {
  CLASSIFICATION,
  REGRESSION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The task whose {@link #label()} this is. */
  public static TaskType fromLabel(String label) {
    for (TaskType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown task '" + label + "'; expected classification or regression");
  }
}
