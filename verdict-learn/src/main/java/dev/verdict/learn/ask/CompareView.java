package dev.verdict.learn.ask;

import java.util.List;

/**
 * Courses side by side: one row per field (level, hours, prerequisites, price, certificate, rating with
 * its interval and count, last updated), one value per course ("–" where the catalog does not know it),
 * and the key differences computed from those fields.
 *
 * @param courseIds the courses, in column order
 * @param rows the fields, one value per course
 * @param differences sentences naming what differs, from known fields only
 */
public record CompareView(List<String> courseIds, List<Row> rows, List<String> differences) {
  /** What a field the catalog does not know is shown as, here and wherever an answer is printed. */
  public static final String UNKNOWN = "–";

  public CompareView {
    courseIds = List.copyOf(courseIds);
    rows = List.copyOf(rows);
    differences = List.copyOf(differences);
  }

  /** One field across the compared courses. */
  public record Row(String field, List<String> values) {
    public Row {
      values = List.copyOf(values);
    }
  }
}
