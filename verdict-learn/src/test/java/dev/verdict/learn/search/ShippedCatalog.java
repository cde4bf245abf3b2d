package dev.verdict.learn.search;

import dev.verdict.learn.catalog.CatalogReader;
import dev.verdict.learn.catalog.Course;
import java.util.List;

/** The shipped catalog for the search tests, read once. */
final class ShippedCatalog {
  static final List<Course> COURSES = CatalogReader.shipped();

  private ShippedCatalog() {}

  static Course course(String id) {
    return COURSES.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
