package dev.verdict.learn.rating;

import dev.verdict.learn.catalog.Rating;

/**
 * The one rule that brings every source's scale to 0–10: multiply by {@code 10 / scale}. A 5-star
 * rating is stars × 2 (4.9 stars is 9.8/10, as the reference list publishes Coursera's ratings), a
 * score out of 100 is divided by 10, and a score out of 10 is unchanged. One star maps to 2, not 0: the
 * rule keeps the published numbers recognisable instead of stretching the stars' 1–5 range to 0–10.
 */
public final class TenPointScale {
  private TenPointScale() {}

  /** {@code value} on a scale of {@code scale}, brought to 0–10. */
  public static double toTen(double value, double scale) {
    return value * 10.0 / scale;
  }

  /** The rating's mean on 0–10. */
  public static double mean(Rating rating) {
    return toTen(rating.mean(), rating.scale());
  }
}
