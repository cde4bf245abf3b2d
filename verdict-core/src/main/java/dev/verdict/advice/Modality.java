package dev.verdict.advice;

/** The kind of data a run works on. */
public enum Modality {
  TABLE,
  IMAGE,
  TEXT,
  AUDIO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
