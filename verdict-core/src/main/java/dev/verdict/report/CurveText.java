package dev.verdict.report;

import dev.verdict.curve.CurvePoint;
import dev.verdict.curve.Extrapolation;
import dev.verdict.curve.FamilyCurve;
import dev.verdict.curve.HoldOutCheck;
import dev.verdict.curve.LearningCurves;
import dev.verdict.curve.PowerLaw;
import dev.verdict.eval.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The learning curves in words and tables, for the console and {@code summary.md}. */
public final class CurveText {
  private CurveText() {}

  /** A plain-text table of the curves (mean ± sd per size), with the fits and extrapolations below. */
  public static String text(LearningCurves curves) {
    StringBuilder sb = new StringBuilder();
    String metric = Metric.parse(curves.metric()).label();
    sb.append("Learning curves (").append(metric).append(" vs training rows; mean ± sd over folds; cut×k: k fits stopped by"
        + " their time share):\n");
    if (curves.families().isEmpty()) {
      curves.skipped().forEach(s -> sb.append("  ").append(s).append('\n'));
      return sb.toString();
    }
    List<String> header = new ArrayList<>(List.of("rows"));
    curves.families().forEach(f -> header.add(f.family() + " (" + f.model() + ")"));
    boolean[] right = new boolean[header.size()];
    java.util.Arrays.fill(right, true);
    TextTable table = new TextTable(header, right);
    for (List<String> row : rows(curves)) {
      table.add(row);
    }
    for (int k = 0; k < 3; k++) {
      List<String> row = new ArrayList<>();
      boolean any = false;
      for (FamilyCurve f : curves.families()) {
        if (f.extrapolations().size() > k) {
          Extrapolation e = f.extrapolations().get(k);
          if (row.isEmpty()) {
            row.add(String.format(Locale.ROOT, "%.0f× = %,d (predicted)", e.multiple(), e.rows()));
          }
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      for (FamilyCurve f : curves.families()) {
        row.add(f.extrapolations().size() > k ? predicted(f.extrapolations().get(k)) : "–");
      }
      table.add(row);
    }
    sb.append(indent(table.render()));
    for (FamilyCurve f : curves.families()) {
      sb.append("  ").append(fitLine(f)).append('\n');
    }
    sb.append(curves.crossover().text()).append('\n');
    for (String s : curves.skipped()) {
      sb.append("Not measured: ").append(s).append('\n');
    }
    return sb.toString();
  }

  /** A Markdown section on the curves. */
  public static String markdown(LearningCurves curves) {
    StringBuilder sb = new StringBuilder("## Learning curves\n\n");
    String metric = Metric.parse(curves.metric()).label();
    if (curves.families().isEmpty()) {
      curves.skipped().forEach(s -> sb.append("- ").append(s).append('\n'));
      return sb.toString();
    }
    sb.append("Each family's selected model trained on nested, stratified subsets of every training fold and scored on"
        + " that fold's test rows: ").append(metric).append(", mean ± sd over folds (cut×k: k fits stopped by their time"
        + " share, so the point may understate the model at that size).\n\n");
    sb.append("| rows |");
    curves.families().forEach(f -> sb.append(' ').append(f.family()).append(" (").append(f.model()).append(") |"));
    sb.append("\n|---:|");
    curves.families().forEach(f -> sb.append("---:|"));
    sb.append('\n');
    for (List<String> row : rows(curves)) {
      sb.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    for (FamilyCurve f : curves.families()) {
      for (Extrapolation e : f.extrapolations()) {
        sb.append(String.format(Locale.ROOT, "| %.0f× = %,d (%s, predicted) |", e.multiple(), e.rows(), f.family()));
        for (FamilyCurve g : curves.families()) {
          sb.append(' ').append(g == f ? predicted(e) : "").append(" |");
        }
        sb.append('\n');
      }
    }
    sb.append('\n');
    for (FamilyCurve f : curves.families()) {
      sb.append("- ").append(fitLine(f)).append('\n');
    }
    sb.append("\n**").append(curves.crossover().text()).append("**\n");
    if (!curves.skipped().isEmpty()) {
      sb.append('\n');
      curves.skipped().forEach(s -> sb.append("- Not measured: ").append(s).append('\n'));
    }
    return sb.toString();
  }

  /** One line per family: the fit, or why it is not extrapolated, and the hold-out check. */
  public static String fitLine(FamilyCurve f) {
    StringBuilder sb = new StringBuilder(f.family()).append(": ");
    PowerLaw p = f.fit();
    if (p == null) {
      sb.append("not fitted (").append(f.illBehaved()).append(')');
    } else {
      sb.append(String.format(Locale.ROOT, "error(n) = %s·n^(−%.3f) + %s, R² %.3f", Format.number(p.a()), p.b(),
          Format.number(p.c()), p.r2()));
      if (f.illBehaved() != null) {
        sb.append("; ill-behaved, not extrapolated: ").append(f.illBehaved());
      }
    }
    HoldOutCheck h = f.holdOut();
    if (h != null) {
      sb.append(String.format(Locale.ROOT, "; check: fitted on the %d sizes up to %,d rows, it predicts %s%s at the full size,"
          + " measured %s (%+.4f)", h.sizes(), h.fittedUpTo(), Format.metric(h.predicted()), interval(h),
          Format.metric(h.measured()), h.error()));
    }
    return sb.toString();
  }

  /** " [low, high]" of a check's prediction, or nothing when it has no interval. */
  public static String interval(HoldOutCheck h) {
    return h.low() == null || h.high() == null ? ""
        : " [" + Format.metric(h.low()) + ", " + Format.metric(h.high()) + "]";
  }

  private static List<List<String>> rows(LearningCurves curves) {
    TreeSet<Integer> sizes = new TreeSet<>();
    curves.families().forEach(f -> f.points().forEach(p -> sizes.add(p.rows())));
    List<List<String>> rows = new ArrayList<>();
    for (int n : sizes) {
      List<String> row = new ArrayList<>();
      row.add(String.format(Locale.ROOT, "%,d", n));
      for (FamilyCurve f : curves.families()) {
        CurvePoint p = f.points().stream().filter(q -> q.rows() == n).findFirst().orElse(null);
        row.add(p == null ? "–" : Format.metric(p.mean()) + " ± " + Format.metric(p.std())
            + (p.complete() ? "" : " (" + p.measured() + " folds)") + (p.cutFits() > 0 ? " cut×" + p.cutFits() : ""));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String predicted(Extrapolation e) {
    return Format.metric(e.score()) + " [" + Format.metric(e.low()) + ", " + Format.metric(e.high()) + "]";
  }

  private static String indent(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      sb.append("  ").append(line).append('\n');
    }
    return sb.toString();
  }
}
