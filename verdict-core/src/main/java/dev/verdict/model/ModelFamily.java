package dev.verdict.model;

import java.util.List;
import java.util.Map;

/**
 * A provider of trainers for one family, found with {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/dev.verdict.model.ModelFamily}). Core never imports a
 * backend: families plug in from their own modules.
 */
public interface ModelFamily {
  /** A short id, e.g. {@code classical}. */
  String id();

  Family family();

  /** The trainers this family offers for the task, cheapest first. */
  List<Trainer> trainers(TaskType task);

  /** Names and versions of the libraries behind the trainers, for provenance. */
  Map<String, String> libraryVersions();

  /**
   * Loads what the trainers need before their first fit (e.g. a native engine), so that start-up is
   * timed on its own and not counted as a model's fit time. Called once per run, before the family's
   * first fit; does nothing by default.
   *
   * @param threads threads the trainers may use
   */
  default void start(int threads) {}
}
