package dev.verdict.model;

import java.io.IOException;
import java.nio.file.Path;

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

  /**
   * Writes the fitted model into {@code dir}, an existing empty folder, so that its trainer's
   * {@link Trainer#load} gives back a model that predicts exactly the same.
   *
   * @throws UnsupportedOperationException when this kind of model cannot be saved
   */
  default void save(Path dir) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be saved");
  }

  @Override
  default void close() {}
}
