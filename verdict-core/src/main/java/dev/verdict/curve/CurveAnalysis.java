package dev.verdict.curve;

import dev.verdict.eval.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns measured learning curves into findings: a saturating power law per family (weighted least
 * squares, each size's mean weighted by the inverse of a variance function of its error), a check
 * that the curve is well-behaved, the predicted score with 2×, 5× and 10× the data, where deep
 * learning would overtake classical ML, and an honest check of the extrapolation. Uncertainty comes
 * from a bootstrap that resamples the outer folds' curves (the same resample for both families, so
 * their difference is paired).
 */
public final class CurveAnalysis {
  /** The extrapolations' multiples of the current data. */
  public static final double[] MULTIPLES = {2, 5, 10};
  /** The crossover is searched up to this multiple of the current data. */
  public static final double SEARCH_MULTIPLE = 10;
  /** A fit must explain at least this share of the mean curve's variance to be extrapolated. */
  public static final double MIN_R2 = 0.9;
  /** The hold-out check fits only sizes up to this share of the full training fold … */
  public static final double HOLD_OUT_SHARE = 0.2;
  /** … and needs at least this many of them. */
  public static final int HOLD_OUT_MIN_SIZES = 4;
  /** Bootstrap resamples. */
  public static final int BOOTSTRAP = 200;

  /** A family's measured curve, before analysis. */
  public record Measured(String family, String model, List<CurvePoint> points) {}

  private final boolean higherIsBetter;
  private final boolean proportion;
  private final int dataRows;

  private CurveAnalysis(Metric metric, int dataRows) {
    this.higherIsBetter = metric.higherIsBetter();
    this.proportion = metric.errorIsProportion();
    this.dataRows = dataRows;
  }

  /**
   * @param metric the primary metric
   * @param dataRows the table's rows (the current data)
   * @param measured each family's measured points
   * @param seed seed of the bootstrap
   * @param skipped what the budget left out, in words
   * @param seconds seconds the curve fits took
   */
  public static LearningCurves analyze(Metric metric, int dataRows, List<Measured> measured,
      long seed, List<String> skipped, double seconds) {
    CurveAnalysis analysis = new CurveAnalysis(metric, dataRows);
    // the families' curves are paired fold by fold: when one was measured on fewer folds (the first
    // ones), the other's are cut to the same folds
    int folds = measured.stream().flatMap(m -> m.points().stream()).mapToInt(p -> p.scores().length).min().orElse(0);
    measured = measured.stream().map(m -> firstFolds(m, folds)).toList();
    int[][] resamples = resamples(folds, seed);
    List<FamilyCurve> curves = new ArrayList<>();
    List<PowerLaw[]> replicates = new ArrayList<>();
    for (Measured m : measured) {
      PowerLaw[] reps = new PowerLaw[BOOTSTRAP];
      curves.add(analysis.family(m, resamples, reps));
      replicates.add(reps);
    }
    Crossover crossover = analysis.crossover(curves, replicates);
    return new LearningCurves(metric.key(), metric.higherIsBetter(), dataRows, List.copyOf(curves), crossover, List.copyOf(skipped),
        seconds);
  }

  /** The curve restricted to its first {@code folds} folds (means and spreads recomputed). */
  static Measured firstFolds(Measured m, int folds) {
    return new Measured(m.family(), m.model(), m.points().stream()
        .map(p -> p.scores().length == folds ? p : CurvePoint.of(p.rows(), Arrays.copyOf(p.scores(), folds), p.fromRun(), p.cutFits()))
        .toList());
  }


  private FamilyCurve family(Measured m, int[][] resamples, PowerLaw[] replicates) {
    List<CurvePoint> usable = m.points().stream().filter(CurvePoint::complete).toList();
    if (usable.size() < 3) {
      return new FamilyCurve(m.family(), m.model(), m.points(), null,
          "only " + usable.size() + " sizes were measured on every fold; a curve needs 3", List.of(), null);
    }
    double[] n = usable.stream().mapToDouble(CurvePoint::rows).toArray();
    double[][] errors = errors(usable);
    double[] mean = means(errors, null);
    double[] weight = weights(mean);
    PowerLaw fit = PowerLawFitter.fit(n, mean, weight);
    String ill = illBehaved(usable, fit);
    HoldOutCheck holdOut = holdOut(usable, errors, resamples);
    if (ill != null) {
      return new FamilyCurve(m.family(), m.model(), m.points(), fit, ill, List.of(), holdOut);
    }
    double[][] params = new double[3][resamples.length];
    double[][] predicted = new double[MULTIPLES.length][resamples.length];
    for (int r = 0; r < resamples.length; r++) {
      PowerLaw rep = PowerLawFitter.fit(n, means(errors, resamples[r]), weight);
      replicates[r] = rep;
      params[0][r] = rep.a();
      params[1][r] = rep.b();
      params[2][r] = rep.c();
      for (int k = 0; k < MULTIPLES.length; k++) {
        predicted[k][r] = score(rep.error(MULTIPLES[k] * dataRows));
      }
    }
    fit = fit.withIntervals(interval(params[0]), interval(params[1]), interval(params[2]));
    List<Extrapolation> extrapolations = new ArrayList<>();
    for (int k = 0; k < MULTIPLES.length; k++) {
      long rows = Math.round(MULTIPLES[k] * dataRows);
      double[] band = interval(predicted[k]);
      extrapolations.add(new Extrapolation(MULTIPLES[k], rows, score(fit.error(rows)), band[0], band[1]));
    }
    return new FamilyCurve(m.family(), m.model(), m.points(), fit, null, List.copyOf(extrapolations), holdOut);
  }

  /**
   * Why a curve is not extrapolated: a larger size's mean error is higher than a smaller one's by more
   * than two standard errors (of the difference), or the fit explains under {@link #MIN_R2}.
   */
  private String illBehaved(List<CurvePoint> usable, PowerLaw fit) {
    for (int k = 1; k < usable.size(); k++) {
      for (int i = 0; i < k; i++) {
        CurvePoint small = usable.get(i);
        CurvePoint large = usable.get(k);
        double worse = error(large.mean()) - error(small.mean());
        double se = Math.hypot(small.standardError(), large.standardError());
        if (worse > 2 * se + 1e-12) {
          return String.format(Locale.ROOT, "at %,d rows it scores worse than at %,d rows (%.4g vs %.4g) by more than two standard errors",
              large.rows(), small.rows(), large.mean(), small.mean());
        }
      }
    }
    if (fit.r2() < MIN_R2) {
      return String.format(Locale.ROOT, "the power law explains only %.0f %% of the mean curve's variance (at least %.0f %% needed)",
          100 * Math.max(0, fit.r2()), 100 * MIN_R2);
    }
    return null;
  }

  /**
   * Fits only the sizes up to {@link #HOLD_OUT_SHARE} of the full fold and predicts the full size,
   * with a 95 % interval from refitting on each bootstrap resample of the folds.
   */
  private HoldOutCheck holdOut(List<CurvePoint> usable, double[][] errors, int[][] resamples) {
    CurvePoint full = usable.get(usable.size() - 1);
    List<Integer> small = new ArrayList<>();
    for (int i = 0; i < usable.size() - 1; i++) {
      if (usable.get(i).rows() <= HOLD_OUT_SHARE * full.rows()) {
        small.add(i);
      }
    }
    if (small.size() < HOLD_OUT_MIN_SIZES) {
      return null;
    }
    double[] n = small.stream().mapToDouble(i -> usable.get(i).rows()).toArray();
    double[] e = small.stream().mapToDouble(i -> error(usable.get(i).mean())).toArray();
    double[] w = weights(e);
    PowerLaw fit = PowerLawFitter.fit(n, e, w);
    double predicted = score(fit.error(full.rows()));
    double[][] smallErrors = small.stream().map(i -> errors[i]).toArray(double[][]::new);
    double[] replicates = new double[resamples.length];
    for (int r = 0; r < resamples.length; r++) {
      replicates[r] = score(PowerLawFitter.fit(n, means(smallErrors, resamples[r]), w).error(full.rows()));
    }
    double[] band = interval(replicates);
    boolean banded = resamples.length > 0;
    return new HoldOutCheck(usable.get(small.get(small.size() - 1)).rows(), small.size(), predicted,
        banded ? band[0] : null, banded ? band[1] : null, full.mean(), predicted - full.mean());
  }

  private Crossover crossover(List<FamilyCurve> curves, List<PowerLaw[]> replicates) {
    int ci = indexOf(curves, "classical");
    int di = indexOf(curves, "deep");
    if (ci < 0 || di < 0) {
      return new Crossover(Crossover.Status.NOT_ESTIMATED, null, null, null, 0,
          "No crossover estimated: the curves of both families are needed.");
    }
    FamilyCurve classical = curves.get(ci);
    FamilyCurve deep = curves.get(di);
    CurvePoint cFull = last(classical.points());
    CurvePoint dFull = last(deep.points());
    if (cFull != null && dFull != null && cFull.rows() == dFull.rows() && error(dFull.mean()) < error(cFull.mean())) {
      return new Crossover(Crossover.Status.DEEP_AHEAD, null, null, null, 1, String.format(Locale.ROOT,
          "Deep learning already scores better at the full training-fold size (%,d rows): %.4g vs %.4g.",
          dFull.rows(), dFull.mean(), cFull.mean()));
    }
    for (FamilyCurve f : List.of(classical, deep)) {
      if (!f.extrapolated()) {
        return new Crossover(Crossover.Status.NOT_ESTIMATED, null, null, null, 0,
            "No crossover estimated: the " + f.family() + " curve " + (f.fit() == null ? "could not be fitted" : "is ill-behaved")
                + " (" + f.illBehaved() + ").");
      }
    }
    double from = cFull == null ? 1 : cFull.rows();
    double to = SEARCH_MULTIPLE * dataRows;
    double at = firstCrossing(classical.fit(), deep.fit(), from, to);
    PowerLaw[] cr = replicates.get(ci);
    PowerLaw[] dr = replicates.get(di);
    double[] crossings = new double[cr.length];
    int within = 0;
    for (int r = 0; r < cr.length; r++) {
      crossings[r] = firstCrossing(cr[r], dr[r], from, to);
      if (Double.isFinite(crossings[r])) {
        within++;
      }
    }
    double probability = cr.length == 0 ? 0 : within / (double) cr.length;
    double[] band = interval(crossings);
    Long low = Double.isFinite(band[0]) ? Math.round(band[0]) : null;
    Long high = Double.isFinite(band[1]) ? Math.round(band[1]) : null;
    String searched = String.format(Locale.ROOT, "%,d rows", Math.round(to));
    if (!Double.isFinite(at)) {
      return new Crossover(Crossover.Status.NONE_EXPECTED, null, low, high, probability, String.format(Locale.ROOT,
          "No crossover expected up to 10× the current data (%s): deep learning's fitted curve stays behind classical ML's"
              + " (it overtakes in %.0f %% of bootstrap resamples).", searched, 100 * probability));
    }
    long rows = Math.round(at);
    return new Crossover(Crossover.Status.CROSSES, rows, low, high, probability, String.format(Locale.ROOT,
        "Deep learning is predicted to overtake classical ML at about %,d rows (%.1f× the current data; 95 %% interval %s to %s;"
            + " it overtakes within 10× in %.0f %% of bootstrap resamples).",
        rows, rows / (double) dataRows, low == null ? "beyond " + searched : String.format(Locale.ROOT, "%,d", low),
        high == null ? "beyond " + searched : String.format(Locale.ROOT, "%,d", high), 100 * probability));
  }

  /** The first size in [from, to] where the deep curve's error is below the classical one's, or +∞. */
  static double firstCrossing(PowerLaw classical, PowerLaw deep, double from, double to) {
    if (classical == null || deep == null) {
      return Double.POSITIVE_INFINITY;
    }
    int steps = 400;
    double ratio = Math.log(to / from);
    for (int i = 0; i <= steps; i++) {
      double n = from * Math.exp(ratio * i / steps);
      if (deep.error(n) < classical.error(n)) {
        return n;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static int indexOf(List<FamilyCurve> curves, String family) {
    for (int i = 0; i < curves.size(); i++) {
      if (curves.get(i).family().equals(family)) {
        return i;
      }
    }
    return -1;
  }

  private static CurvePoint last(List<CurvePoint> points) {
    return points.isEmpty() ? null : points.get(points.size() - 1);
  }

  /** Fold-index resamples with replacement (the first is not special: each is a fresh draw). */
  private static int[][] resamples(int folds, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] out = new int[folds < 2 ? 0 : BOOTSTRAP][];
    for (int r = 0; r < out.length; r++) {
      out[r] = new int[folds];
      for (int i = 0; i < folds; i++) {
        out[r][i] = random.nextInt(folds);
      }
    }
    return out;
  }

  /** errors[size][fold]. */
  private double[][] errors(List<CurvePoint> points) {
    double[][] out = new double[points.size()][];
    for (int s = 0; s < points.size(); s++) {
      Double[] scores = points.get(s).scores();
      out[s] = new double[scores.length];
      for (int f = 0; f < scores.length; f++) {
        out[s][f] = error(scores[f]);
      }
    }
    return out;
  }

  /** Mean error per size over the folds, or over a resample of them. */
  private static double[] means(double[][] errors, int[] resample) {
    double[] out = new double[errors.length];
    for (int s = 0; s < errors.length; s++) {
      if (resample == null) {
        out[s] = Arrays.stream(errors[s]).average().orElse(Double.NaN);
      } else {
        double sum = 0;
        for (int f : resample) {
          sum += errors[s][f];
        }
        out[s] = sum / resample.length;
      }
    }
    return out;
  }

  /**
   * Weights of each size's mean error: 1 / v(e), where the mean's variance over the folds is modelled
   * as one variance function of the error level, pooled over the sizes, instead of each size's own
   * sample variance. The spread of 5 folds' scores is itself uncertain by about a third, so 1/se²
   * weights swing about sixfold by chance and a size whose folds happen to agree steers the fit (on
   * digits' network curve the check fitted on 72–260 rows missed the full fold by 3.7 points with
   * per-size weights and by 1.0 with pooled ones). For a proportion (1 − accuracy, macro-F1 or ROC
   * AUC) v = e(1 − e), a binomial's variance; for other metrics v = e², a constant coefficient of
   * variation. The error is floored at 1 % of the sizes' mean level (and 1e-4), so a size that
   * scores perfectly does not take all the weight.
   */
  private double[] weights(double[] meanError) {
    double level = Arrays.stream(meanError).map(Math::abs).average().orElse(0);
    double floor = Math.max(1e-4, 0.01 * level);
    return Arrays.stream(meanError).map(e -> {
      double v = Math.max(floor, Math.abs(e));
      return 1 / (proportion ? v * Math.max(floor, 1 - v) : v * v);
    }).toArray();
  }

  /** The error a score stands for: 1 − score when higher is better, else the score itself. */
  double error(double score) {
    return higherIsBetter ? 1 - score : score;
  }

  double score(double error) {
    return higherIsBetter ? 1 - error : error;
  }

  /** The 2.5 % and 97.5 % percentiles (nearest rank; +∞ sorts last), or NaNs when empty. */
  static double[] interval(double[] values) {
    if (values.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int lo = (int) Math.floor(0.025 * (sorted.length - 1));
    int hi = (int) Math.ceil(0.975 * (sorted.length - 1));
    return new double[] {sorted[lo], sorted[hi]};
  }
}
