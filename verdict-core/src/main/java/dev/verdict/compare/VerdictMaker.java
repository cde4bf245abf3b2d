package dev.verdict.compare;

import dev.verdict.advice.Advice;
import dev.verdict.eval.Metric;
import dev.verdict.eval.Metrics;
import dev.verdict.result.FoldPlan;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns cross-validated candidates into each family's selected pipeline and, when both families
 * have one, the verdict: the corrected resampled t-test on the paired per-fold differences.
 */
public final class VerdictMaker {
  /** Confidence level of the verdict's interval. */
  public static final double CONFIDENCE = 0.95;
  /**
   * Fit times closer than this ratio do not make one family the cheaper choice: without a
   * significant difference the one with the better mean score is recommended. On a short budget both
   * families fit until their equal shares are spent, and a tie in cost says nothing.
   */
  static final double SIMILAR_COST = 1.25;
  static final String TEST = "corrected resampled t-test (Nadeau & Bengio 2003)";

  private VerdictMaker() {}

  /** The selected pipelines and, when both families have one, the verdict. */
  public record Comparison(List<SelectedPipeline> selected, FamilyVerdict verdict) {}

  /**
   * @param models every candidate (ranked or not)
   * @param primary the metric compared
   * @param folds the shared folds
   * @param advice the profile's rule-of-thumb advice, to say whether it held
   */
  public static Comparison compare(List<ModelResult> models, Metric primary, FoldPlan folds, Advice advice) {
    List<SelectedPipeline> selected = new ArrayList<>();
    SelectedPipeline classical = select("classical", models, primary, folds.scores());
    SelectedPipeline deep = select("deep", models, primary, folds.scores());
    if (classical != null) {
      selected.add(classical);
    }
    if (deep != null) {
      selected.add(deep);
    }
    FamilyVerdict verdict = classical != null && deep != null ? verdict(classical, deep, primary, folds, advice) : null;
    return new Comparison(List.copyOf(selected), verdict);
  }

  /** The family's pipeline: per fold, the candidate with the best inner-split score. */
  static SelectedPipeline select(String family, List<ModelResult> models, Metric primary, int k) {
    List<ModelResult> candidates = models.stream()
        .filter(m -> !m.baseline() && m.family().equals(family) && m.status().ranked() && m.folds().size() == k)
        .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> chosen = new ArrayList<>();
    double[] scores = new double[k];
    double fit = 0;
    int cut = 0;
    // a fixed order (by id) breaks exact ties of inner scores: the ranked order would break them by the
    // outer scores, which this fold's test rows are part of
    List<ModelResult> byId = candidates.stream().sorted(Comparator.comparing(ModelResult::id)).toList();
    for (int j = 0; j < k; j++) {
      ModelResult best = null;
      double bestInner = Double.NaN;
      for (ModelResult m : byId) {
        Double inner = m.folds().get(j).selectionScore();
        if (inner != null && (best == null || primary.better(inner, bestInner))) {
          best = m;
          bestInner = inner;
        }
      }
      if (best == null) {
        return null; // no candidate could be judged on this fold
      }
      FoldScore score = best.folds().get(j);
      Double outer = score.metrics().get(primary.key());
      if (outer == null) {
        return null;
      }
      chosen.add(best.id());
      scores[j] = outer;
      fit += score.fitSeconds();
      cut += score.cut() ? 1 : 0;
    }
    double selection = candidates.stream().flatMap(m -> m.folds().stream()).mapToDouble(FoldScore::selectionSeconds).sum();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ModelResult m : candidates) {
      counts.put(m.id(), 0);
    }
    chosen.forEach(id -> counts.merge(id, 1, Integer::sum));
    String most = counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey).orElseThrow();
    double latency = chosen.stream().mapToDouble(id -> value(find(candidates, id).predictMicrosPerRow())).average().orElse(0);
    long size = Math.round(chosen.stream().mapToDouble(id -> value(find(candidates, id).sizeBytes())).average().orElse(0));
    return new SelectedPipeline(family, List.copyOf(chosen), scores, Metrics.mean(scores), Metrics.sampleStd(scores), most, fit, selection,
        latency, size, cut);
  }

  static FamilyVerdict verdict(SelectedPipeline classical, SelectedPipeline deep, Metric primary, FoldPlan folds,
      Advice advice) {
    int k = classical.scores().length;
    double sign = primary.higherIsBetter() ? 1 : -1;
    double[] d = new double[k];
    for (int j = 0; j < k; j++) {
      d[j] = sign * (deep.scores()[j] - classical.scores()[j]);
    }
    int rows = Arrays.stream(folds.sizes()).sum();
    double meanTest = Arrays.stream(folds.sizes()).average().orElse(0);
    double ratio = meanTest / (rows - meanTest);
    CorrectedResampledTTest.Result t = CorrectedResampledTTest.test(d, ratio, CONFIDENCE);
    FamilyVerdict.Outcome outcome = !t.significant() ? FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE
        : t.meanDifference() > 0 ? FamilyVerdict.Outcome.DEEP : FamilyVerdict.Outcome.CLASSICAL;
    String recommended = switch (outcome) {
      case DEEP -> "deep";
      case CLASSICAL -> "classical";
      case NO_SIGNIFICANT_DIFFERENCE -> byScore(classical, deep)
          ? (sign * (deep.mean() - classical.mean()) > 0 ? "deep" : "classical")
          : deep.fitSeconds() < classical.fitSeconds() ? "deep" : "classical";
    };
    String adviceCheck = adviceCheck(advice.expected(), outcome, recommended, byScore(classical, deep));
    String paragraph = paragraph(outcome, primary, classical, deep, t, sign, recommended) + " " + adviceCheck;
    return new FamilyVerdict(outcome, primary.key(), t.meanDifference(), t.lower(), t.upper(), t.pValue(), TEST, k,
        classical, deep, recommended, adviceCheck, paragraph);
  }

  /**
   * Whether, without a significant difference, the better mean score decides rather than the fit time:
   * when the fit times are similar, or when the pipeline that looks cheaper was cut by its time share
   * in at least half of the folds (its time then shows what the budget allowed, not what it costs: on
   * digits at 7 s, networks cut after 4 epochs looked 1.5× cheaper than boosting and scored 5 points less).
   */
  static boolean byScore(SelectedPipeline classical, SelectedPipeline deep) {
    return similarCost(classical, deep) || cheaperLooksCutShort(classical, deep);
  }

  private static boolean cheaperLooksCutShort(SelectedPipeline classical, SelectedPipeline deep) {
    SelectedPipeline cheaper = deep.fitSeconds() < classical.fitSeconds() ? deep : classical;
    return 2 * cheaper.cutFolds() >= cheaper.chosen().size();
  }

  /** Whether the two pipelines' fit times are within {@value #SIMILAR_COST}× of each other. */
  static boolean similarCost(SelectedPipeline a, SelectedPipeline b) {
    double hi = Math.max(a.fitSeconds(), b.fitSeconds());
    double lo = Math.min(a.fitSeconds(), b.fitSeconds());
    return hi <= SIMILAR_COST * lo;
  }

  private static String adviceCheck(String expected, FamilyVerdict.Outcome outcome, String recommended,
      boolean byScore) {
    boolean nsd = outcome == FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE;
    if (expected.equals("either")) {
      return nsd ? "The rule of thumb expected a close race, and so it was."
          : "The rule of thumb expected a close race; here " + outcome.name().toLowerCase(Locale.ROOT) + " won.";
    }
    if (nsd) {
      return "The rule of thumb expected " + expected + " ML to win; the data shows no significant difference"
          + (expected.equals(recommended)
              ? ", and " + expected + " is also the " + (byScore ? "better-scoring" : "cheaper") + " choice." : ".");
    }
    String winner = outcome == FamilyVerdict.Outcome.DEEP ? "deep" : "classical";
    return winner.equals(expected) ? "The rule of thumb (" + expected + ") was right here."
        : "The rule of thumb expected " + expected + " ML; the data says " + winner + ".";
  }

  private static String paragraph(FamilyVerdict.Outcome outcome, Metric metric, SelectedPipeline classical,
      SelectedPipeline deep, CorrectedResampledTTest.Result t, double sign, String recommended) {
    // report the difference in the metric's own direction (deep − classical)
    double diff = sign * t.meanDifference();
    double lo = sign > 0 ? t.lower() : -t.upper();
    double hi = sign > 0 ? t.upper() : -t.lower();
    String evidence = String.format(Locale.ROOT,
        "the deep pipeline (mostly %s) scores %s %s and the classical one (mostly %s) %s; deep − classical = %s"
            + " (95%% CI %s to %s, p = %s, %s over %d paired folds)",
        deep.mostChosen(), fmt(deep.mean()), metric.label(), classical.mostChosen(), fmt(classical.mean()),
        signed(diff), signed(lo), signed(hi), p(t.pValue()), TEST, t.samples());
    SelectedPipeline use = recommended.equals("deep") ? deep : classical;
    SelectedPipeline other = recommended.equals("deep") ? classical : deep;
    String costs = String.format(Locale.ROOT, "it trains %s (%.1f s vs %.1f s over the folds), predicts in %.0f vs %.0f µs per"
            + " row and weighs %s vs %s",
        ratio(use.fitSeconds(), other.fitSeconds()), use.fitSeconds(), other.fitSeconds(), use.predictMicrosPerRow(),
        other.predictMicrosPerRow(), bytes(use.sizeBytes()), bytes(other.sizeBytes()));
    return switch (outcome) {
      case DEEP -> "Deep learning wins on this data: " + evidence + ". Cost of the winner: " + costs + ".";
      case CLASSICAL -> "Classical ML wins on this data: " + evidence + ". Cost of the winner: " + costs + ".";
      case NO_SIGNIFICANT_DIFFERENCE -> "No significant difference between the families: " + evidence + ". Use "
          + recommended + " ML (" + use.mostChosen() + "): "
          + (similarCost(classical, deep)
              ? "the two cost about the same to train, so the one with the better mean score; "
              : cheaperLooksCutShort(classical, deep)
                  ? "the " + (deep.fitSeconds() < classical.fitSeconds() ? "deep" : "classical") + " pipeline's fits were"
                      + " cut short by the budget, so its fit time shows what the budget allowed, not what it costs,"
                      + " and the one with the better mean score is recommended; "
                  : "")
          + costs + ".";
    };
  }

  private static String ratio(double a, double b) {
    if (a <= 0 || b <= 0) {
      return "at a similar cost";
    }
    double r = b / a;
    return r >= 1 ? String.format(Locale.ROOT, "%.1f× faster", r) : String.format(Locale.ROOT, "%.1f× slower", 1 / r);
  }

  private static String bytes(long b) {
    return b < 1024 ? b + " B" : b < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", b / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", b / (1024.0 * 1024));
  }

  private static String fmt(double v) {
    return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "−") + fmt(Math.abs(v));
  }

  private static String p(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static ModelResult find(List<ModelResult> models, String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static double value(Number n) {
    return n == null ? 0 : n.doubleValue();
  }
}
