package dev.verdict.model;

/**
 * A fitted model. Models may hold native memory, so they are closed after use.
 */
public interface Model extends AutoCloseable {
  /** Predicts the rows of {@code x}, preprocessed exactly as the training data was. */
  Predictions predict(Matrix x);

  /** The size of the model's serialised form, in bytes. */
  long sizeBytes();

  /** How the fit went. */
  FitReport report();

  @Override
  default void close() {}
}
