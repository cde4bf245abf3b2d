package dev.verdict.learn.rating;

/**
 * A rated course's fair rating on 0–10.
 *
 * @param mean R: the course's mean over its sources on 0–10, each source weighted by its count (a source
 *     whose count is unknown weighs as {@link FairRatings#PRIOR_WEIGHT} ratings)
 * @param weight v: the total weight of the course's ratings
 * @param knownCount the number of ratings behind the mean, summed over the sources that give one
 * @param countUnknown whether some source gives a mean without its count
 * @param weighted WR = v/(v+m)·R + m/(v+m)·C, the Bayesian average with prior weight m and catalog mean C
 * @param lowerBound where some source gives a histogram, a lower bound of the mean for ranking (see
 *     {@link FairRatings#lowerBound}); NaN otherwise
 * @param fewRatings v &lt; m: too few ratings to trust the course's own mean much
 */
public record FairRating(double mean, double weight, long knownCount, boolean countUnknown, double weighted,
    double lowerBound, boolean fewRatings) {

  /** Whether a histogram gave a lower bound. */
  public boolean hasLowerBound() {
    return !Double.isNaN(lowerBound);
  }

  /** How many ratings: "count unknown", "1 rating" or "1,234 ratings". */
  public String countText() {
    if (countUnknown) {
      return "count unknown";
    }
    return String.format(java.util.Locale.ROOT, "%,d %s", knownCount, knownCount == 1 ? "rating" : "ratings");
  }

  /** The fair rating on 0–10 with its count, e.g. "9.8/10 (count unknown)" or "8.7/10 (3 ratings, few ratings)". */
  public String outOfTen() {
    return String.format(java.util.Locale.ROOT, "%.1f/10 (%s%s)", weighted, countText(), fewRatings ? ", few ratings" : "");
  }
}
