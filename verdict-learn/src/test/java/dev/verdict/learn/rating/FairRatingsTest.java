package dev.verdict.learn.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Rating;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FairRatingsTest {
  private static final double M = FairRatings.PRIOR_WEIGHT;

  private static Course course(String id, Rating... ratings) {
    return new Course(id, "Course " + id, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, List.of(ratings), false);
  }

  private static FairRating fair(Course course, double catalogMean) {
    return FairRatings.of(course, catalogMean).orElseThrow();
  }

  @Test
  void weightedRatingFollowsTheFormula() {
    // v = 30, R = 8, C = 6: WR = 30/40·8 + 10/40·6 = 7.5
    assertEquals(7.5, FairRatings.weightedRating(8, 30, 6), 1e-12);
    FairRating r = fair(course("a", new Rating("site", 10, 8.0, 30L, null)), 6);
    assertEquals(8, r.mean(), 1e-12);
    assertEquals(30, r.weight(), 1e-12);
    assertEquals(7.5, r.weighted(), 1e-12);
    assertEquals(30, r.knownCount());
    assertFalse(r.countUnknown());
    assertFalse(r.fewRatings());
    assertEquals("30 ratings", r.countText());
  }

  @Test
  void aMeanWithUnknownCountWeighsAsMRatings() {
    FairRating r = fair(course("a", new Rating("list", 10, 9.9, null, null)), 9.0);
    assertEquals(M, r.weight(), 1e-12);
    assertEquals((9.9 + 9.0) / 2, r.weighted(), 1e-12, "halfway between R and C");
    assertTrue(r.countUnknown());
    assertEquals("count unknown", r.countText());
    assertFalse(r.fewRatings(), "v = m is not fewer than m");
  }

  @Test
  void fewRatingsWhenTheCountIsBelowM() {
    FairRating few = fair(course("a", new Rating("site", 10, 10.0, 3L, null)), 5);
    assertTrue(few.fewRatings());
    assertEquals(3.0 / 13 * 10 + 10.0 / 13 * 5, few.weighted(), 1e-12, "pulled strongly towards C");
    assertFalse(fair(course("b", new Rating("site", 10, 10.0, 10L, null)), 5).fewRatings());
  }

  @Test
  void fiveStarsAreStarsTimesTwo() {
    assertEquals(9.8, TenPointScale.toTen(4.9, 5), 1e-12);
    assertEquals(2, TenPointScale.toTen(1, 5), 1e-12);
    assertEquals(8.7, TenPointScale.toTen(87, 100), 1e-12);
    assertEquals(9.8, TenPointScale.toTen(9.8, 10), 1e-12);
    FairRating r = fair(course("a", new Rating("Coursera", 5, 4.9, 1_000_000L, null)), 0);
    assertEquals(9.8, r.mean(), 1e-12);
    assertEquals(9.8, r.weighted(), 1e-4, "a million ratings outweigh the prior");
  }

  @Test
  void sourcesAreWeightedByTheirCounts() {
    Course c = course("a", new Rating("stars", 5, 4.0, 30L, null), new Rating("you", 10, 6.0, 10L, null));
    FairRating r = fair(c, 7);
    assertEquals((30 * 8.0 + 10 * 6.0) / 40, r.mean(), 1e-12);
    assertEquals(40, r.weight(), 1e-12);
    assertEquals(40, r.knownCount());
  }

  @Test
  void catalogMeanCountsEachRatedCourseOnceAndSkipsUnrated() {
    List<Course> courses = List.of(course("a", new Rating("s", 10, 9.0, 1000L, null)),
        course("b", new Rating("s", 5, 3.0, 2L, null)), course("c"));
    assertEquals((9.0 + 6.0) / 2, FairRatings.catalogMean(courses), 1e-12);
    List<RatedCourse> rated = FairRatings.rate(courses);
    assertEquals(Optional.empty(), rated.get(2).rating(), "unrated has no fair rating");
    assertTrue(Double.isNaN(FairRatings.catalogMean(List.of(course("x")))));
  }

  @Test
  void lowerBoundIsBelowTheMeanAndRisesWithMoreRatings() {
    Rating small = new Rating("stars", 5, null, null, List.of(1L, 0L, 1L, 3L, 15L));
    Rating large = new Rating("stars", 5, null, null, List.of(10L, 0L, 10L, 30L, 150L));
    assertEquals(20, small.count());
    assertEquals((1 + 3 + 12 + 75) / 20.0, small.mean(), 1e-12, "mean from the histogram");
    double mean10 = TenPointScale.mean(small);
    double lowSmall = FairRatings.lowerBound(List.of(small));
    double lowLarge = FairRatings.lowerBound(List.of(large));
    assertTrue(lowSmall < mean10, lowSmall + " < " + mean10);
    assertTrue(lowLarge < mean10, lowLarge + " < " + mean10);
    assertTrue(lowLarge > lowSmall, "more ratings, same shape: a higher bound");
    assertTrue(Double.isNaN(FairRatings.lowerBound(List.of(new Rating("s", 10, 9.0, null, null)))));
  }

  @Test
  void lowerBoundMatchesTheDirichletFormula() {
    // levels 1..5 stars → 2, 4, 6, 8, 10; counts 0,0,0,0,2 plus one each: 1,1,1,1,3 of N = 7
    Rating r = new Rating("stars", 5, null, null, List.of(0L, 0L, 0L, 0L, 2L));
    double mu = (2 + 4 + 6 + 8 + 30) / 7.0;
    double square = (4 + 16 + 36 + 64 + 300) / 7.0;
    double expected = mu - 1.65 * Math.sqrt((square - mu * mu) / 8);
    assertEquals(expected, FairRatings.lowerBound(List.of(r)), 1e-12);
    assertTrue(fair(course("a", r), 5).hasLowerBound());
  }

  @Test
  void ratingsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new Rating("s", 5, 5.5, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Rating("s", 5, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Rating("s", 5, null, null, List.of(1L, 2L)));
    assertThrows(IllegalArgumentException.class, () -> new Rating("s", 5, null, 4L, List.of(1L, 1L, 1L, 1L, 1L)));
    assertThrows(IllegalArgumentException.class, () -> new Rating("s", 0, 1.0, null, null));
  }

  @Test
  void byRatingPutsUnratedLast() {
    List<RatedCourse> sorted = FairRatings.rate(List.of(course("z"), course("low", new Rating("s", 10, 5.0, 100L, null)),
        course("high", new Rating("s", 10, 9.0, 100L, null)))).stream().sorted(RatedCourse.BY_RATING).toList();
    assertEquals(List.of("high", "low", "z"), sorted.stream().map(c -> c.course().id()).toList());
  }
}
