package dev.verdict.learn.catalog;

import java.util.List;

/**
 * A course of the catalog. Every field but {@code id}, {@code title} and {@code checked} may be
 * unknown: null for values, an empty list for lists. Unknown fields are never guessed.
 *
 * @param id a short stable key, e.g. {@code python-for-everybody}
 * @param durationHours total length in hours
 * @param weeklyHours expected effort per week in hours
 * @param free whether the course can be taken at no cost
 * @param price the price as the provider states it, e.g. "USD 49 per month"
 * @param lastUpdated when the provider last updated the course: yyyy, yyyy-mm or yyyy-mm-dd
 * @param format e.g. course, specialization, professional certificate, interactive book
 * @param ratings one per source; the user's own ratings are the source {@value Rating#USER_SOURCE}
 * @param checked whether the fields were checked against the provider's page
 */
public record Course(
    String id,
    String title,
    String provider,
    String institution,
    String url,
    String summary,
    List<String> topics,
    List<String> skills,
    Level level,
    List<String> prerequisites,
    String language,
    Double durationHours,
    Double weeklyHours,
    Boolean free,
    String price,
    Boolean certificate,
    String lastUpdated,
    String format,
    List<Rating> ratings,
    boolean checked) {

  public Course {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a course needs an id");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("course " + id + " needs a title");
    }
    topics = topics == null ? List.of() : List.copyOf(topics);
    skills = skills == null ? List.of() : List.copyOf(skills);
    prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    ratings = ratings == null ? List.of() : List.copyOf(ratings);
  }

  /** Whether some source rated the course. */
  public boolean rated() {
    return !ratings.isEmpty();
  }
}
