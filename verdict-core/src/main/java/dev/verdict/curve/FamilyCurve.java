package dev.verdict.curve;

import java.util.List;

/**
 * One family's learning curve: its selected model (the candidate its pipeline chose most often)
 * trained on nested, stratified subsets of every training fold.
 *
 * @param family {@code classical} or {@code deep}
 * @param model the candidate measured
 * @param points the sizes, smallest first; the last is the full training fold
 * @param fit the fitted power law, or {@code null} when it could not be fitted
 * @param illBehaved why the curve is not extrapolated (a larger size scored worse, or the fit explains
 *     too little), or {@code null} when it is well-behaved
 * @param extrapolations predicted scores at 2×, 5× and 10× the current data (empty when not extrapolated)
 * @param holdOut the extrapolation check, or {@code null} when too few sizes fall at or below its cut
 */
public record FamilyCurve(String family, String model, List<CurvePoint> points, PowerLaw fit, String illBehaved,
    List<Extrapolation> extrapolations, HoldOutCheck holdOut) {
  /** Whether the curve may be extrapolated. */
  public boolean extrapolated() {
    return fit != null && illBehaved == null;
  }
}
