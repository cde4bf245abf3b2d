package dev.verdict.learn.catalog;

/**
 * One thing wrong in an imported file.
 *
 * @param line the 1-based line of the row (CSV) or of the course's opening brace (JSON); 0 for the whole file
 * @param field the field at fault, e.g. {@code level} or {@code ratings[0].mean}; null when no single field is
 * @param message what is wrong and, where it helps, what is expected
 */
public record ImportProblem(int line, String field, String message) {
  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "file";
    return where + (field == null ? "" : ", field " + field) + ": " + message;
  }
}
