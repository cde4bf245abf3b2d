package dev.verdict.report;

import dev.verdict.eval.Metric;
import dev.verdict.result.ModelResult;
import dev.verdict.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-language findings of a run, shared by the console and {@code summary.md}. */
public final class RunSummary {
  private RunSummary() {}

  /** A few sentences: the best model against the baseline, and what the rules of thumb expected. */
  public static List<String> findings(RunResult r) {
    List<String> out = new ArrayList<>();
    Metric metric = Metric.parse(r.primaryMetric());
    ModelResult best = r.best() == null ? null : r.model(r.best());
    ModelResult baseline = r.models().stream().filter(ModelResult::baseline).findFirst().orElse(null);
    if (best == null) {
      out.add("No model besides the baseline finished within the budget.");
    } else {
      out.add(String.format(Locale.ROOT, "Best model: %s (%s), %s %s ± %s over %d folds.", best.id(), best.name(),
          metric.label(), Format.metric(best.meanOf(r.primaryMetric())), Format.metric(best.stdOf(r.primaryMetric())),
          best.folds().size()));
      if (baseline != null && baseline.status().ranked()) {
        double gain = best.meanOf(r.primaryMetric()) - baseline.meanOf(r.primaryMetric());
        out.add(String.format(Locale.ROOT, "The trivial baseline scores %s, so the best model is %s %s %s.",
            Format.metric(baseline.meanOf(r.primaryMetric())), Format.metric(Math.abs(gain)),
            metric.label(), (gain >= 0) == metric.higherIsBetter() ? "better" : "worse"));
      }
    }
    String expected = r.profile().advice().expected();
    if (r.verdict() != null) {
      out.add("Verdict: " + outcomeLabel(r.verdict().outcome()) + ". " + r.verdict().paragraph());
      return out;
    }
    ModelResult bestClassical = bestOf(r, "classical");
    ModelResult bestDeep = bestOf(r, "deep");
    if (bestDeep == null) {
      out.add("No verdict: no deep model finished every fold, so this run compares classical models only. The rules of"
          + " thumb expected " + expected + " to win (" + r.profile().advice().strength() + ").");
    } else if (bestClassical == null) {
      out.add("No verdict: no classical model finished every fold.");
    }
    return out;
  }

  /** "DEEP" as people read it. */
  public static String outcomeLabel(dev.verdict.compare.FamilyVerdict.Outcome outcome) {
    return switch (outcome) {
      case DEEP -> "DEEP LEARNING";
      case CLASSICAL -> "CLASSICAL ML";
      case NO_SIGNIFICANT_DIFFERENCE -> "NO SIGNIFICANT DIFFERENCE";
    };
  }

  private static ModelResult bestOf(RunResult r, String family) {
    return r.models().stream().filter(m -> !m.baseline() && m.family().equals(family) && m.status().ranked())
        .findFirst().orElse(null);
  }
}
