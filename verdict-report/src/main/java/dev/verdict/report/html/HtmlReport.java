package dev.verdict.report.html;

import dev.verdict.advice.Advice;
import dev.verdict.compare.FamilyVerdict;
import dev.verdict.compare.SelectedPipeline;
import dev.verdict.curve.CurvePoint;
import dev.verdict.curve.Extrapolation;
import dev.verdict.curve.FamilyCurve;
import dev.verdict.curve.HoldOutCheck;
import dev.verdict.curve.LearningCurves;
import dev.verdict.eval.Metric;
import dev.verdict.profile.ColumnProfile;
import dev.verdict.profile.DataProfile;
import dev.verdict.profile.NumericSummary;
import dev.verdict.profile.TargetProfile;
import dev.verdict.report.CourseSuggestions;
import dev.verdict.report.CurveText;
import dev.verdict.report.Format;
import dev.verdict.report.Leaderboard;
import dev.verdict.report.RunSummary;
import dev.verdict.report.SummaryMarkdown;
import dev.verdict.result.ModelResult;
import dev.verdict.result.Provenance;
import dev.verdict.result.RunResult;
import dev.verdict.result.SavedModel;
import dev.verdict.result.WinnerDiagnostics;
import dev.verdict.run.Budgets;
import java.awt.AWTError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code report.html}: a run as one self-contained page (inline CSS and SVG charts, no script, no
 * URL), rendered from its {@link RunResult} alone. Sections: the verdict, the learning curves, the
 * data profile, the rule-of-thumb advice against what the data said, the leaderboard with its
 * charts, how the recommended model errs, warnings and provenance.
 */
public final class HtmlReport {
  /** Figure ids, one per chart (the page's tests and links use them). */
  static final String VERDICT_FIGURE = "verdict-interval";
  static final String CURVES_FIGURE = "learning-curves";
  static final String SCORES_FIGURE = "model-scores";
  static final String TIME_FIGURE = "score-vs-time";
  static final String RESIDUALS_FIGURE = "residuals";

  private static final String CSS = Palette.cssVariables() + resource("report.css");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  /** Column profiles above this count start folded. */
  private static final int OPEN_COLUMNS = 40;

  private HtmlReport() {}

  /** The page for a run. */
  public static String render(RunResult r) {
    Html h = new Html();
    DataProfile p = r.profile();
    String title = "Verdict: " + p.source() + " → " + p.target().name();
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", "en").raw("\n");
    h.open("head").raw("\n");
    h.empty("meta", "charset", "utf-8").raw("\n");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
    h.empty("meta", "name", "generator", "content", "Verdict " + r.provenance().version()).raw("\n");
    h.element("title", title).raw("\n");
    h.open("style").raw("\n").raw(CSS).close("style");
    h.close("head");
    h.open("body").raw("\n");
    h.open("main").raw("\n");
    header(h, r, title);
    verdict(h, r);
    curves(h, r);
    profile(h, r);
    advice(h, r);
    leaderboard(h, r);
    diagnostics(h, r);
    warnings(h, r);
    learn(h, r);
    provenance(h, r);
    h.close("main");
    h.open("footer").text("Written by Verdict " + r.provenance().version() + " from result.json (schema "
        + r.schemaVersion() + "); re-render with: verdict report RUN_DIR").close("footer");
    h.close("body");
    h.close("html");
    return h.toString();
  }

  private static void header(Html h, RunResult r, String title) {
    DataProfile p = r.profile();
    h.open("header").raw("\n");
    h.element("h1", title);
    List<String> facts = new ArrayList<>();
    facts.add(capitalise(r.task()));
    facts.add(String.format(Locale.ROOT, "%,d rows", p.rows()));
    facts.add(p.features() + " feature" + (p.features() == 1 ? "" : "s"));
    facts.add(r.folds().count() + "-fold " + (r.folds().stratified() ? "stratified " : "") + "cross-validation"
        + (r.folds().repeats() > 1 ? " × " + r.folds().repeats() : ""));
    facts.add("seed " + r.provenance().seed());
    facts.add(date(r.provenance().startedAt()));
    facts.add(String.format(Locale.ROOT, "took %.1f s of a %s budget", r.elapsedSeconds(), budget(r.budgetSeconds())));
    h.element("p", String.join(" · ", facts), "class", "subtitle");
    h.open("nav", "aria-label", "sections").raw("\n");
    h.open("ul").raw("\n");
    String[][] links = {{"verdict", "Verdict"}, {"curves", "Learning curves"}, {"profile", "Data"},
        {"advice", "Advice vs data"}, {"leaderboard", "Leaderboard"}, {"diagnostics", "Errors"},
        {"warnings", "Warnings"}, {"learn", "Learn"}, {"provenance", "Provenance"}};
    for (String[] link : links) {
      h.open("li").element("a", link[1], "href", "#" + link[0]).close("li").raw("\n");
    }
    h.close("ul");
    h.close("nav");
    h.close("header");
  }

  // ---------------------------------------------------------------------------------------------- verdict

  private static void verdict(Html h, RunResult r) {
    h.open("section", "id", "verdict").raw("\n");
    h.element("h2", "The verdict");
    FamilyVerdict v = r.verdict();
    if (v == null) {
      h.element("p", "NO VERDICT", "class", "badge badge-none");
      h.element("p", "A family has no complete selected pipeline (no model of it was scored on every fold), so the"
          + " families were not compared.", "class", "lead");
      list(h, RunSummary.findings(r), "findings");
      h.close("section");
      return;
    }
    String outcome = switch (v.outcome()) {
      case DEEP -> "deep";
      case CLASSICAL -> "classical";
      case NO_SIGNIFICANT_DIFFERENCE -> "none";
    };
    h.element("p", RunSummary.outcomeLabel(v.outcome()), "class", "badge badge-" + outcome);
    h.element("p", v.paragraph(), "class", "lead", "id", "verdict-paragraph");
    String metric = Metric.parse(v.metric()).label();
    boolean crossesZero = v.lower() <= 0 && v.upper() >= 0;
    figure(h, VERDICT_FIGURE, "Difference between the families with its 95 % confidence interval",
        "Mean over " + v.folds() + " paired folds of deep − classical " + metric
            + (Metric.parse(v.metric()).higherIsBetter() ? "" : " (sign turned so that right of 0 is deep better)")
            + ", with its 95 % confidence interval from the " + v.test() + ". The interval "
            + (crossesZero ? "includes" : "excludes") + " 0 (no difference).",
        () -> Charts.verdictInterval(v));
    h.open("dl", "class", "facts").raw("\n");
    fact(h, "difference (deep − classical)", signed(v.difference()) + " " + metric);
    fact(h, "95 % confidence interval", signed(v.lower()) + " to " + signed(v.upper()));
    fact(h, "p-value", pValue(v.pValue()));
    fact(h, "test", v.test() + ", " + v.folds() + " paired fold scores");
    fact(h, "recommended family", v.recommended());
    h.close("dl");
    h.element("h3", "Each family as one selected pipeline");
    h.element("p", "In every training fold each family chose its candidate by " + r.folds().selectionLabel()
        + " of that fold's rows; the chosen candidate was then scored on the fold's test rows. Comparing these"
        + " pipelines does not favour the family with more candidates.");
    h.open("div", "class", "scroll").open("table").raw("\n");
    h.open("thead").open("tr");
    for (String c : List.of("family", "chosen per fold", metric + " mean ± sd", "fit s", "selection s", "µs/row", "size")) {
      h.element("th", c, "class", c.equals("family") || c.startsWith("chosen") ? null : "num");
    }
    h.close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (SelectedPipeline s : List.of(v.classical(), v.deep())) {
      h.open("tr");
      familyCell(h, s.family());
      h.element("td", String.join(", ", s.chosen()));
      num(h, Format.metric(s.mean()) + " ± " + Format.metric(s.std()));
      num(h, Format.seconds(s.fitSeconds()));
      num(h, Format.seconds(s.selectionSeconds()));
      num(h, Format.micros(s.predictMicrosPerRow()));
      num(h, Format.bytes(s.sizeBytes()));
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    SavedModel saved = r.saved();
    if (saved != null) {
      h.element("h3", "Saved model");
      h.element("p", String.format(Locale.ROOT, "%s/ holds %s (%s), refitted on all %,d rows in %.1f s (%s%s): %s."
              + " Predict new rows with: verdict predict --model RUN_DIR FILE.csv", saved.folder(), saved.id(),
          saved.name(), saved.trainedRows(), saved.fitSeconds(), Format.bytes(saved.sizeBytes()),
          saved.cut() ? "; its fit was cut short by the budget" : "", saved.reason()));
    }
    h.close("section");
  }

  // ---------------------------------------------------------------------------------------------- curves

  private static void curves(Html h, RunResult r) {
    h.open("section", "id", "curves").raw("\n");
    h.element("h2", "Learning curves");
    LearningCurves c = r.curves();
    if (c == null) {
      h.open("p", "class", "note").text("Learning curves were not measured for this run: run with ")
          .element("code", "--curve").text(" (or ").element("code", "verdict curve").text(") to measure them, and to see"
              + " whether deep learning would catch up with more data.").close("p");
      h.close("section");
      return;
    }
    String metric = Metric.parse(c.metric()).label();
    if (c.families().isEmpty()) {
      h.element("p", "No curve was measured.", "class", "note");
      skipped(h, c);
      h.close("section");
      return;
    }
    h.element("p", "Each family's selected model trained on nested, stratified subsets of every training fold and"
        + " scored on that fold's test rows (" + metric + ", mean ± sd over folds), with error(n) = a·n^(−b) + c fitted"
        + " to each curve and extrapolated to 10× the data.");
    boolean extrapolated = c.families().stream().anyMatch(FamilyCurve::extrapolated);
    figure(h, CURVES_FIGURE, "Learning curves: " + metric + " against training rows",
        "Solid lines and dots: the measured mean " + metric + " at each training size, shaded ± one standard deviation"
            + " over folds. " + (extrapolated ? "Dashed: the fitted power law, extrapolated to 10× the "
            + String.format(Locale.ROOT, "%,d", c.dataRows()) + " rows of the data; hollow diamonds with a light band:"
            + " its predictions at 2×, 5× and 10× with their 95 % bootstrap interval. "
            : "No curve is extrapolated: see the fits below. ") + "The x axis is logarithmic.",
        () -> Charts.learningCurves(c));
    h.element("p", c.crossover().text(), "class", "callout", "id", "crossover");
    h.element("h3", "Fits");
    list(h, c.families().stream().map(CurveText::fitLine).toList(), "fits");
    predictions(h, c, metric);
    h.open("details").raw("\n").element("summary", "Measured points");
    curvePoints(h, c);
    h.close("details");
    skipped(h, c);
    h.close("section");
  }

  private static void predictions(Html h, LearningCurves c, String metric) {
    if (c.families().stream().noneMatch(f -> !f.extrapolations().isEmpty() || f.holdOut() != null)) {
      return;
    }
    List<Extrapolation> multiples = c.families().stream().map(FamilyCurve::extrapolations)
        .filter(e -> !e.isEmpty()).findFirst().orElse(List.of());
    h.element("h3", "Predicted " + metric + " with more data");
    h.open("div", "class", "scroll").open("table").raw("\n");
    h.open("thead").open("tr");
    h.element("th", "family").element("th", "model").element("th", "measured (full fold)", "class", "num");
    for (Extrapolation e : multiples) {
      h.element("th", String.format(Locale.ROOT, "%.0f× (%,d rows)", e.multiple(), e.rows()), "class", "num");
    }
    boolean checked = c.families().stream().anyMatch(f -> f.holdOut() != null);
    if (checked) {
      h.element("th", "hold-out check");
    }
    h.close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (FamilyCurve f : c.families()) {
      h.open("tr");
      familyCell(h, f.family());
      h.element("td", f.model(), "class", "id");
      CurvePoint full = f.points().isEmpty() ? null : f.points().get(f.points().size() - 1);
      num(h, full == null ? "–" : Format.metric(full.mean()) + " ± " + Format.metric(full.std()));
      for (int k = 0; k < multiples.size(); k++) {
        if (k < f.extrapolations().size()) {
          Extrapolation e = f.extrapolations().get(k);
          num(h, Format.metric(e.score()) + " [" + Format.metric(e.low()) + ", " + Format.metric(e.high()) + "]");
        } else {
          num(h, f.extrapolated() ? "–" : "not extrapolated");
        }
      }
      HoldOutCheck check = f.holdOut();
      if (checked) {
        h.element("td", check == null ? "–" : String.format(Locale.ROOT, "predicted %s%s, measured %s (%+.4f); fitted up"
            + " to %,d rows", Format.metric(check.predicted()), CurveText.interval(check), Format.metric(check.measured()),
            check.error(), check.fittedUpTo()), "class", "check");
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.element("p", "Brackets: 95 % bootstrap interval." + (checked ? " The hold-out check fits the curve on the smaller"
        + " sizes only and compares its prediction at the full training fold with the measured score." : ""),
        "class", "small");
  }

  private static void curvePoints(Html h, LearningCurves c) {
    TreeSet<Integer> sizes = new TreeSet<>();
    c.families().forEach(f -> f.points().forEach(p -> sizes.add(p.rows())));
    h.open("div", "class", "scroll").open("table").raw("\n");
    h.open("thead").open("tr").element("th", "training rows", "class", "num");
    for (FamilyCurve f : c.families()) {
      h.element("th", f.family() + " (" + f.model() + ") mean ± sd", "class", "num");
    }
    h.close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (int n : sizes) {
      h.open("tr");
      num(h, String.format(Locale.ROOT, "%,d", n));
      for (FamilyCurve f : c.families()) {
        CurvePoint p = f.points().stream().filter(q -> q.rows() == n).findFirst().orElse(null);
        num(h, p == null ? "–" : Format.metric(p.mean()) + " ± " + Format.metric(p.std())
            + (p.complete() ? "" : " (" + p.measured() + " folds)") + (p.fromRun() ? " (the run's folds)" : ""));
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  private static void skipped(Html h, LearningCurves c) {
    if (c.skipped().isEmpty()) {
      h.element("p", String.format(Locale.ROOT, "Every planned size was measured (%.1f s of curve fits).", c.seconds()),
          "class", "small");
      return;
    }
    h.element("h3", "Not measured");
    list(h, c.skipped(), "skipped");
  }

  // ---------------------------------------------------------------------------------------------- profile

  private static void profile(Html h, RunResult r) {
    DataProfile p = r.profile();
    TargetProfile t = p.target();
    h.open("section", "id", "profile").raw("\n");
    h.element("h2", "The data");
    h.open("dl", "class", "facts").raw("\n");
    fact(h, "file", p.source());
    fact(h, "rows", String.format(Locale.ROOT, "%,d", p.rows())
        + (t.missing() > 0 ? String.format(Locale.ROOT, " (%,d without a target, left out)", t.missing()) : ""));
    fact(h, "columns", p.columns() + " (the target included); " + p.features() + " used as features");
    fact(h, "column types", p.columnsByType().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    long missingColumns = p.columnProfiles().stream().filter(c -> c.missing() > 0).count();
    int missingCells = p.columnProfiles().stream().mapToInt(ColumnProfile::missing).sum();
    fact(h, "missing values", missingCells == 0 ? "none"
        : String.format(Locale.ROOT, "%,d cells in %d column%s", missingCells, missingColumns, missingColumns == 1 ? "" : "s"));
    fact(h, "duplicate rows", String.format(Locale.ROOT, "%,d", p.duplicateRows()));
    fact(h, "task", t.task().name().toLowerCase(Locale.ROOT) + " (" + t.taskReason() + ")");
    h.close("dl");
    h.element("h3", "Target: " + t.name());
    if (t.classes() != null && !t.classes().isEmpty()) {
      h.open("div", "class", "scroll").open("table", "class", "balance").raw("\n");
      h.open("thead").open("tr").element("th", "class").element("th", "rows", "class", "num")
          .element("th", "share", "class", "num").element("th", "").close("tr").close("thead");
      h.open("tbody").raw("\n");
      double largest = t.classes().stream().mapToDouble(TargetProfile.ClassCount::share).max().orElse(1);
      for (TargetProfile.ClassCount c : t.classes()) {
        h.open("tr").element("td", c.name());
        num(h, String.format(Locale.ROOT, "%,d", c.count()));
        num(h, Format.percent(c.share()));
        h.open("td", "class", "bar-cell").open("span", "class", "bar",
            "style", String.format(Locale.ROOT, "width:%.1f%%", 100 * c.share() / largest)).close("span").close("td");
        h.close("tr");
      }
      h.close("tbody").close("table").close("div");
      if (t.imbalanceRatio() != null) {
        h.element("p", "Smallest / largest class = " + Format.number(t.imbalanceRatio())
            + (t.strongImbalance() ? ": strongly imbalanced." : "."), "class", "small");
      }
    } else if (t.distribution() != null) {
      NumericSummary d = t.distribution();
      h.open("dl", "class", "facts").raw("\n");
      fact(h, "min · q1 · median · q3 · max", String.join(" · ", Format.number(d.min()), Format.number(d.q1()),
          Format.number(d.median()), Format.number(d.q3()), Format.number(d.max())));
      fact(h, "mean ± sd", Format.number(d.mean()) + " ± " + Format.number(d.std()));
      fact(h, "skewness", Format.number(d.skewness()));
      h.close("dl");
    }
    h.open("details", "open", p.columnProfiles().size() <= OPEN_COLUMNS ? "open" : null).raw("\n");
    h.element("summary", "Columns (" + p.columnProfiles().size() + ")");
    h.open("div", "class", "scroll").open("table").raw("\n");
    h.open("thead").open("tr").element("th", "column").element("th", "type").element("th", "role")
        .element("th", "missing", "class", "num").element("th", "distinct", "class", "num")
        .element("th", "link to target", "class", "num").element("th", "note").close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (ColumnProfile c : p.columnProfiles()) {
      h.open("tr", "class", c.leakage() ? "leak" : null).element("td", c.name()).element("td", c.type().label())
          .element("td", c.role());
      num(h, c.missing() == 0 ? "–" : Format.percent(c.missingShare()));
      num(h, String.format(Locale.ROOT, "%,d", c.distinct()));
      num(h, c.association() == null ? "–" : Format.metric(c.association()));
      h.element("td", (c.leakage() ? "possible leakage: almost determines the target. " : "")
          + (c.note() == null ? "" : c.note()), "class", "note");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.element("p", "Link to target: η², r² or Cramér's V² of the column alone, from 0 (none) to 1 (determines it).",
        "class", "small");
    h.close("details");
    h.close("section");
  }

  // ---------------------------------------------------------------------------------------------- advice

  private static void advice(Html h, RunResult r) {
    Advice a = r.profile().advice();
    h.open("section", "id", "advice").raw("\n");
    h.element("h2", "Rule-of-thumb advice vs what the data said");
    h.open("div", "class", "pair").raw("\n");
    h.open("div", "class", "card").raw("\n");
    h.element("h3", "Before training: the rules of thumb");
    h.open("p").element("span", "expects " + a.expected() + " (" + a.strength() + ")",
        "class", "pill pill-" + pillClass(a.expected())).close("p");
    h.element("p", a.summary());
    h.open("ul", "class", "reasons").raw("\n");
    for (Advice.Reason reason : a.reasons()) {
      h.open("li").element("strong", reason.rule()).text(": " + reason.finding() + " → favours " + reason.favours() + ".")
          .empty("br").element("small", "Source: " + reason.source()).close("li").raw("\n");
    }
    h.close("ul");
    h.close("div");
    h.open("div", "class", "card").raw("\n");
    h.element("h3", "After training: what the data said");
    FamilyVerdict v = r.verdict();
    if (v == null) {
      h.element("p", "No verdict, so the advice was not checked: a family has no complete pipeline.");
    } else {
      h.open("p").element("span", RunSummary.outcomeLabel(v.outcome()).toLowerCase(Locale.ROOT),
          "class", "pill pill-" + pillClass(v.outcome() == FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE ? "either"
              : v.outcome().name().toLowerCase(Locale.ROOT))).close("p");
      h.element("p", v.adviceCheck(), "id", "advice-check");
    }
    h.close("div");
    h.close("div");
    h.close("section");
  }

  // ---------------------------------------------------------------------------------------------- leaderboard

  private static void leaderboard(Html h, RunResult r) {
    Metric metric = Metric.parse(r.primaryMetric());
    h.open("section", "id", "leaderboard").raw("\n");
    h.element("h2", "Leaderboard");
    h.element("p", "Every candidate on the same folds, ranked by " + metric.label() + " (" + r.primaryMetricReason()
        + "). Fit seconds are summed over the folds; µs/row is the prediction latency per row; size is the first"
        + " fold's serialised model.");
    List<String> header = Leaderboard.header(r);
    List<List<String>> rows = Leaderboard.rows(r);
    h.open("div", "class", "scroll").open("table", "class", "leaderboard").raw("\n");
    h.open("thead").open("tr");
    for (int c = 0; c < header.size(); c++) {
      h.element("th", header.get(c), "class", numericLeaderboardColumn(c, header.size()) ? "num" : null);
    }
    h.close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (int i = 0; i < rows.size(); i++) {
      ModelResult m = r.models().get(i);
      List<String> row = rows.get(i);
      boolean noted = m.note() != null && !m.note().isBlank();
      h.open("tr", "class", (m.id().equals(r.best()) ? "best" : "") + (noted ? " noted" : ""));
      for (int c = 0; c < row.size(); c++) {
        if (c == 1) {
          h.open("td", "class", "id").element("span", row.get(c), "title", m.name()).close("td");
        } else if (c == 2) {
          familyCell(h, row.get(c));
        } else if (numericLeaderboardColumn(c, header.size())) {
          num(h, row.get(c));
        } else {
          h.element("td", row.get(c), "class", "status status-" + row.get(c));
        }
      }
      h.close("tr");
      if (noted) {
        h.open("tr", "class", "note-row").element("td", "").element("td", m.note(), "colspan",
            Integer.toString(header.size() - 1), "class", "note").close("tr");
      }
    }
    h.close("tbody").close("table").close("div");
    if (r.models().stream().anyMatch(m -> !m.baseline() && !Charts.foldScores(m, r).isEmpty())) {
      ModelResult baseline = r.models().stream().filter(ModelResult::baseline).findFirst().orElse(null);
      String baselineNote = baseline == null || Double.isNaN(baseline.meanOf(r.primaryMetric())) ? ""
          : " The trivial baseline (" + Format.metric(baseline.meanOf(r.primaryMetric())) + ") is left out to keep the"
              + " scale readable.";
      figure(h, SCORES_FIGURE, metric.label() + " per model with its spread over folds",
          "Each dot is one fold's " + metric.label() + " on its test rows; the bar is the mean over folds. Models in"
              + " leaderboard order, coloured by family." + baselineNote,
          () -> Charts.modelScores(r));
    }
    if (r.models().stream().anyMatch(m -> !m.baseline() && m.status().ranked() && !Double.isNaN(m.meanOf(r.primaryMetric())))) {
      figure(h, TIME_FIGURE, metric.label() + " against fit time",
          "Mean " + metric.label() + " against the seconds each model spent fitting over all folds (log scale), for the"
              + " ranked models (the baseline left out). The best trade-offs lie towards the "
              + (metric.higherIsBetter() ? "top" : "bottom") + " left.",
          () -> Charts.scoreVersusTime(r));
    }
    h.close("section");
  }

  /** The leaderboard's numeric columns: the rank, the metrics and the costs (not model, family, status). */
  private static boolean numericLeaderboardColumn(int c, int columns) {
    return c == 0 || c >= 3 && c < columns - 1;
  }

  // ---------------------------------------------------------------------------------------------- diagnostics

  private static void diagnostics(Html h, RunResult r) {
    h.open("section", "id", "diagnostics").raw("\n");
    WinnerDiagnostics d = r.diagnostics();
    if (d == null) {
      h.element("h2", "How the recommended model errs");
      h.element("p", "No diagnostics: no model was recommended.", "class", "note");
      h.close("section");
      return;
    }
    ModelResult model = r.model(d.model());
    String family = model == null ? "" : model.family();
    if (d.confusion() != null && d.classes() != null) {
      h.element("h2", "Confusion matrix of " + d.model());
      confusion(h, d, family);
      h.element("p", "Out-of-fold predictions: each row was predicted by the model of the fold that did not train on"
          + " it. Rows are the actual classes, columns the predicted ones; shading is the share of the actual class."
          + " Recall: the share of each actual class predicted correctly.", "class", "small");
    } else if (d.actualPredicted() != null) {
      h.element("h2", "Residuals of " + d.model());
      figure(h, RESIDUALS_FIGURE, "Residuals of " + d.model() + " against its predictions",
          "Out-of-fold predictions of " + d.model() + " (each row predicted by the model of the fold that did not train"
              + " on it): actual − predicted against predicted " + r.profile().target().name() + ", "
              + String.format(Locale.ROOT, "%,d", d.actualPredicted().length) + " rows. A pattern or a funnel means"
              + " the model misses structure or errs more on some values.",
          () -> Charts.residuals(d, family, r.profile().target().name()));
    } else {
      h.element("h2", "How the recommended model errs");
      h.element("p", "No diagnostics were recorded.", "class", "note");
    }
    h.close("section");
  }

  private static void confusion(Html h, WinnerDiagnostics d, String family) {
    List<String> classes = d.classes();
    long[][] counts = d.confusion();
    h.open("div", "class", "scroll").open("table", "class", "confusion").raw("\n");
    h.open("thead").open("tr").element("th", "actual ↓ predicted →");
    classes.forEach(c -> h.element("th", c, "class", "num"));
    h.element("th", "recall", "class", "num").close("tr").close("thead");
    h.open("tbody").raw("\n");
    for (int a = 0; a < classes.size(); a++) {
      long total = 0;
      for (long n : counts[a]) {
        total += n;
      }
      h.open("tr").element("th", classes.get(a), "scope", "row");
      for (int p = 0; p < classes.size(); p++) {
        double share = total == 0 ? 0 : (double) counts[a][p] / total;
        String style = "background:" + Palette.rgba(Palette.of(family), 0.08 + 0.8 * share)
            + (share > 0.5 ? ";color:#fff" : "");
        h.element("td", String.format(Locale.ROOT, "%,d", counts[a][p]), "class", a == p ? "num diag" : "num",
            "style", style, "title", Format.percent(share) + " of actual " + classes.get(a));
      }
      num(h, total == 0 ? "–" : Format.percent((double) counts[a][a] / total));
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  // ---------------------------------------------------------------------------------------------- warnings, provenance

  private static void warnings(Html h, RunResult r) {
    h.open("section", "id", "warnings").raw("\n");
    h.element("h2", "Warnings");
    if (r.warnings().isEmpty()) {
      h.element("p", "None.", "class", "note");
    } else {
      list(h, r.warnings(), "warnings");
    }
    h.close("section");
  }

  /** The catalog's courses for the recommended approach and the other (none without a verdict or a catalog). */
  private static void learn(Html h, RunResult r) {
    h.open("section", "id", "learn").raw("\n");
    h.element("h2", "Learn the approach");
    var suggested = r.verdict() == null ? Map.<String, List<CourseSuggestions.SuggestedCourse>>of()
        : CourseSuggestions.forVerdict(r.verdict().recommended(), 3);
    if (suggested.isEmpty()) {
      h.element("p", r.verdict() == null ? "No verdict, so no approach to suggest courses for."
          : "No course catalog on the class path.", "class", "note");
      h.close("section");
      return;
    }
    suggested.forEach((approach, courses) -> {
      h.element("h3", (approach.equals("deep") ? "Deep learning" : "Classical machine learning")
          + (approach.equals(r.verdict().recommended()) ? " (recommended here)" : ""));
      h.open("ul", "class", "courses").raw("\n");
      for (CourseSuggestions.SuggestedCourse c : courses) {
        h.open("li").element("strong", c.title()).text(" (").element("code", c.id())
            .text((c.provider() == null ? "" : ", " + c.provider()) + (c.level() == null ? "" : ", " + c.level()) + ", "
                + c.rating() + ")")
            .close("li").raw("\n");
      }
      h.close("ul");
    });
    h.element("p", SummaryMarkdown.MORE_COURSES.replace("`", ""), "class", "note");
    h.close("section");
  }

  private static void provenance(Html h, RunResult r) {
    Provenance pv = r.provenance();
    h.open("section", "id", "provenance").raw("\n");
    h.element("h2", "Provenance");
    h.open("dl", "class", "facts").raw("\n");
    fact(h, "Verdict", pv.version() + " (revision " + pv.gitRevision() + ")");
    fact(h, "Java", pv.java());
    fact(h, "machine", pv.os() + " " + pv.arch() + ", " + pv.cpus() + " CPUs");
    fact(h, "libraries", pv.libraries().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    fact(h, "data file", pv.dataFile());
    h.open("dt").text("data SHA-256").close("dt").open("dd").element("code", pv.dataSha256()).close("dd").raw("\n");
    fact(h, "seed", Long.toString(pv.seed()));
    fact(h, "folds", r.folds().count() + (r.folds().repeats() > 1 ? " × " + r.folds().repeats() + " repeats" : "")
        + (r.folds().stratified() ? ", stratified" : "") + "; candidates selected by " + r.folds().selectionLabel()
        + (r.folds().probabilities() ? "" : "; class probabilities left out where they cost extra fits"));
    fact(h, "started", date(pv.startedAt()));
    fact(h, "time", String.format(Locale.ROOT, "%.1f s of a %s budget", r.elapsedSeconds(), budget(r.budgetSeconds()))
        + (r.startup() == null ? "" : String.format(Locale.ROOT, "; start-up in no model's time: JVM %.1f s%s",
            r.startup().jvmSeconds(), r.startup().families().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, ", %s engine %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining()))));
    h.close("dl");
    h.element("h3", "Options");
    h.open("div", "class", "scroll").open("table", "class", "options").raw("\n");
    h.open("tbody").raw("\n");
    for (Map.Entry<String, String> e : pv.options().entrySet()) {
      h.open("tr").element("th", e.getKey(), "scope", "row").open("td").element("code", e.getValue()).close("td")
          .close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.close("section");
  }

  // ---------------------------------------------------------------------------------------------- pieces

  /**
   * A chart in a {@code <figure class="chart">}; when the machine cannot draw charts (no fonts, a
   * broken AWT), a note takes its place and the rest of the page stands.
   */
  private static void figure(Html h, String id, String title, String caption, Supplier<Charts.Chart> chart) {
    h.open("figure", "class", "chart", "id", id, "aria-label", title).raw("\n");
    try {
      h.raw(Svg.render(chart.get(), id, title)).raw("\n");
    } catch (RuntimeException | AWTError | LinkageError e) {
      h.element("p", "This chart could not be drawn on this machine (" + e + "); the numbers are in the tables.",
          "class", "chart-missing");
    }
    h.open("figcaption").element("strong", title + ".").text(" " + caption).close("figcaption").raw("\n");
    h.close("figure");
  }

  private static void fact(Html h, String term, String value) {
    h.element("dt", term).element("dd", value).raw("\n");
  }

  private static void num(Html h, String text) {
    h.element("td", text, "class", "num");
  }

  private static void familyCell(Html h, String family) {
    h.open("td").element("span", family, "class", "family family-" + pillClass(family)).close("td");
  }

  private static void list(Html h, List<String> items, String cls) {
    h.open("ul", "class", cls).raw("\n");
    items.forEach(i -> h.element("li", i).raw("\n"));
    h.close("ul");
  }

  /** The CSS suffix of a family or expectation: classical, deep, or other. */
  private static String pillClass(String family) {
    return switch (family) {
      case "classical", "deep" -> family;
      default -> "other";
    };
  }

  private static String signed(double v) {
    return (v > 0 ? "+" : v < 0 ? "−" : "") + Format.metric(Math.abs(v));
  }

  private static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static String budget(double seconds) {
    return Budgets.format(Duration.ofMillis(Math.round(seconds * 1000)));
  }

  private static String date(String iso) {
    try {
      return DATE.format(Instant.parse(iso));
    } catch (DateTimeParseException | NullPointerException e) {
      return iso == null ? "–" : iso;
    }
  }

  private static String capitalise(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report's " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report's " + name, e);
    }
  }
}
