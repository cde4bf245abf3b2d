package dev.verdict.model;

/** The two approaches Verdict compares. */
public enum Family {
  /** Gradient boosting, random forests, decision trees, SVMs, linear models. */
  CLASSICAL,
  /** Neural networks: MLPs, CNNs, RNNs/LSTMs, Transformers. */
  DEEP;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
