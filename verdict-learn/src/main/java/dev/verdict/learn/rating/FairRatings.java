package dev.verdict.learn.rating;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Rating;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fair ratings on 0–10 for a whole catalog.
 *
 * <p>Each source's mean is brought to 0–10 by {@link TenPointScale}. A course's mean R weights each
 * source by its count, v is the total weight, and a mean published without its count weighs as m
 * ratings. The fair rating is the Bayesian average WR = v/(v+m)·R + m/(v+m)·C, where C is the catalog
 * mean: the average of R over the rated courses, each course counting once. m = {@value #PRIOR_WEIGHT}:
 * a course needs ten ratings before its own mean outweighs the catalog's, enough that one or two
 * enthusiastic ratings cannot lift a course above well-established ones, and few enough that a small
 * course with a real following soon speaks for itself. A mean with an unknown count is thus halfway
 * between its own value and C. A course with v &lt; m is flagged "few ratings"; a course with no rating
 * has no fair rating at all ("unrated"), never a made-up one.
 */
public final class FairRatings {
  /** m: the prior weight of the catalog mean, in ratings. */
  public static final double PRIOR_WEIGHT = 10;
  /** The one-sided 95 % normal quantile used by the lower bound. */
  public static final double Z = 1.65;

  private FairRatings() {}

  /** Every course with its fair rating, against the mean of these courses' ratings. */
  public static List<RatedCourse> rate(List<Course> courses) {
    double c = catalogMean(courses);
    return courses.stream().map(course -> new RatedCourse(course, of(course, c))).toList();
  }

  /** C: the mean on 0–10 of the rated courses' means R, each course counting once; NaN if none is rated. */
  public static double catalogMean(List<Course> courses) {
    return courses.stream().filter(Course::rated).mapToDouble(FairRatings::courseMean).average().orElse(Double.NaN);
  }

  /** The course's fair rating against catalog mean {@code c}; empty when the course is unrated. */
  public static Optional<FairRating> of(Course course, double c) {
    if (!course.rated()) {
      return Optional.empty();
    }
    double v = 0;
    double sum = 0;
    long known = 0;
    boolean unknown = false;
    for (Rating r : course.ratings()) {
      double w = weight(r);
      v += w;
      sum += w * TenPointScale.mean(r);
      if (r.countKnown()) {
        known += r.count();
      } else {
        unknown = true;
      }
    }
    double mean = sum / v;
    return Optional.of(new FairRating(mean, v, known, unknown, weightedRating(mean, v, c), lowerBound(course.ratings()),
        v < PRIOR_WEIGHT));
  }

  /** WR = v/(v+m)·R + m/(v+m)·C. */
  public static double weightedRating(double mean, double weight, double catalogMean) {
    return weight / (weight + PRIOR_WEIGHT) * mean + PRIOR_WEIGHT / (weight + PRIOR_WEIGHT) * catalogMean;
  }

  /** A source's weight: its count, or m when the count is unknown. */
  static double weight(Rating rating) {
    return rating.countKnown() ? rating.count() : PRIOR_WEIGHT;
  }

  private static double courseMean(Course course) {
    double v = 0;
    double sum = 0;
    for (Rating r : course.ratings()) {
      v += weight(r);
      sum += weight(r) * TenPointScale.mean(r);
    }
    return sum / v;
  }

  /**
   * A lower bound for ranking from the histograms among {@code ratings}, or NaN if none has one. The
   * levels (brought to 0–10) get a Dirichlet prior of one rating each; with n_k + 1 ratings at level
   * s_k and N their total, the posterior mean is μ = Σ s_k (n_k+1)/N and its variance
   * (Σ s_k² (n_k+1)/N − μ²)/(N+1); the bound is μ − {@value #Z}·√variance. It sits below the mean and
   * rises towards it as ratings accumulate. Histograms of several sources are pooled level by level.
   */
  public static double lowerBound(List<Rating> ratings) {
    return interval(ratings)[0];
  }

  /**
   * The posterior mean ± {@value #Z} standard deviations from the histograms among {@code ratings}, as
   * {low, high} ({@link #lowerBound} is low), or {NaN, NaN} if none has one.
   */
  public static double[] interval(List<Rating> ratings) {
    TreeMap<Double, Double> counts = new TreeMap<>();
    for (Rating r : ratings) {
      if (r.histogram() == null) {
        continue;
      }
      double[] levels = r.levels();
      for (int i = 0; i < levels.length; i++) {
        counts.merge(TenPointScale.toTen(levels[i], r.scale()), (double) r.histogram().get(i), Double::sum);
      }
    }
    if (counts.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double total = 0;
    for (double n : counts.values()) {
      total += n + 1;
    }
    double mean = 0;
    double square = 0;
    for (var level : counts.entrySet()) {
      double p = (level.getValue() + 1) / total;
      mean += level.getKey() * p;
      square += level.getKey() * level.getKey() * p;
    }
    double variance = Math.max(0, square - mean * mean) / (total + 1);
    double half = Z * Math.sqrt(variance);
    return new double[] {mean - half, mean + half};
  }
}
