package dev.verdict.learn.rating;

import dev.verdict.learn.catalog.Course;
import java.util.Comparator;
import java.util.Optional;

/** A course with its fair rating; empty when no source rated it ("unrated"). */
public record RatedCourse(Course course, Optional<FairRating> rating) {
  /**
   * Best first by the ratings alone: the fair rating, then the lower bound (a course with a histogram
   * first); unrated courses last. Courses equal on these compare equal (a tie for another order to break).
   */
  public static final Comparator<RatedCourse> BY_RATING_ONLY = Comparator
      .comparing((RatedCourse c) -> c.rating().isEmpty())
      .thenComparing(c -> c.rating().map(FairRating::weighted).orElse(0.0), Comparator.reverseOrder())
      .thenComparing(c -> c.rating().map(r -> r.hasLowerBound() ? r.lowerBound() : Double.NEGATIVE_INFINITY)
          .orElse(0.0), Comparator.reverseOrder());

  /** {@link #BY_RATING_ONLY}, then by title. */
  public static final Comparator<RatedCourse> BY_RATING = BY_RATING_ONLY.thenComparing(RatedCourse::byTitle);

  /** By title, ignoring case, then by id. */
  public static final Comparator<RatedCourse> BY_TITLE = RatedCourse::byTitle;

  private static int byTitle(RatedCourse a, RatedCourse b) {
    int byTitle = String.CASE_INSENSITIVE_ORDER.compare(a.course().title(), b.course().title());
    return byTitle != 0 ? byTitle : a.course().id().compareTo(b.course().id());
  }
}
