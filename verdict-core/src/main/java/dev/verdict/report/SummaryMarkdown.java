package dev.verdict.report;

import dev.verdict.advice.Advice;
import dev.verdict.result.ModelResult;
import dev.verdict.result.Provenance;
import dev.verdict.result.RunResult;
import java.util.List;
import java.util.Locale;

/** {@code summary.md}: the run for people, in Markdown. */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  public static String render(RunResult r) {
    StringBuilder sb = new StringBuilder();
    var p = r.profile();
    sb.append("# Verdict: ").append(p.source()).append(" → ").append(p.target().name()).append("\n\n");
    sb.append(String.format(Locale.ROOT, "%s, %,d rows, %d features; %d-fold %s cross-validation (seed %d); budget %s, took %.1f s.%n%n",
        capitalise(r.task()), p.rows(), p.features(), r.folds().count(), r.folds().stratified() ? "stratified" : "",
        r.folds().seed(), dev.verdict.run.Budgets.format(java.time.Duration.ofMillis((long) (r.budgetSeconds() * 1000))),
        r.elapsedSeconds()).replace("  ", " ").replace("cross-validation", r.folds().repeats() > 1
            ? "cross-validation repeated " + r.folds().repeats() + " times" : "cross-validation"));
    if (r.verdict() != null) {
      var v = r.verdict();
      sb.append("## Verdict: ").append(RunSummary.outcomeLabel(v.outcome())).append("\n\n");
      sb.append(v.paragraph()).append("\n\n");
      sb.append("Each family's pipeline chose its candidate inside every training fold by ")
          .append(r.folds().selectionLabel()).append(" of that fold's rows.\n\n");
      sb.append("| family | selected pipeline (chosen per fold) | ").append(r.primaryMetric())
          .append(" mean ± sd | fit s | selection s | µs/row | size |\n|---|---|---|---|---|---|---|\n");
      for (var p2 : java.util.List.of(v.classical(), v.deep())) {
        sb.append("| ").append(p2.family()).append(" | ").append(String.join(", ", p2.chosen())).append(" | ")
            .append(Format.metric(p2.mean())).append(" ± ").append(Format.metric(p2.std())).append(" | ")
            .append(Format.seconds(p2.fitSeconds())).append(" | ").append(Format.seconds(p2.selectionSeconds()))
            .append(" | ").append(Format.micros(p2.predictMicrosPerRow())).append(" | ").append(Format.bytes(p2.sizeBytes()))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("## Findings\n\n");
    for (String f : RunSummary.findings(r)) {
      sb.append("- ").append(f).append('\n');
    }
    sb.append("\nPrimary metric: ").append(r.primaryMetric()).append(" (").append(r.primaryMetricReason()).append(").\n\n");
    sb.append("## Leaderboard\n\n");
    List<String> header = Leaderboard.header(r);
    sb.append("| ").append(String.join(" | ", header)).append(" |\n");
    sb.append("|").append("---|".repeat(header.size())).append('\n');
    for (List<String> row : Leaderboard.rows(r)) {
      sb.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    sb.append('\n');
    for (ModelResult m : r.models()) {
      if (!m.note().isEmpty()) {
        sb.append("- **").append(m.id()).append("**: ").append(m.note()).append('\n');
      }
    }
    if (r.curves() != null) {
      sb.append('\n').append(CurveText.markdown(r.curves()));
    }
    if (r.saved() != null) {
      var saved = r.saved();
      sb.append("\n## Saved model\n\n");
      sb.append(String.format(Locale.ROOT, "`%s/` holds **%s** (%s), refitted on all %,d rows in %.1f s with its preprocessing"
              + " (%s): %s.\n\n",
          saved.folder(), saved.id(), saved.name(), saved.trainedRows(), saved.fitSeconds(),
          Format.bytes(saved.sizeBytes()), saved.reason()));
      sb.append("Predict new rows (columns matched by name): `verdict predict --model RUN_DIR FILE.csv --out predictions.csv`\n");
    }
    sb.append(learnSection(r));
    sb.append("\n## Rule-of-thumb advice\n\n");
    Advice a = p.advice();
    sb.append(a.summary()).append("\n\n");
    for (Advice.Reason reason : a.reasons()) {
      sb.append("- *").append(reason.rule()).append("*: ").append(reason.finding()).append(" → favours ")
          .append(reason.favours()).append(". Source: ").append(reason.source()).append(".\n");
    }
    if (!r.warnings().isEmpty()) {
      sb.append("\n## Warnings\n\n");
      for (String w : r.warnings()) {
        sb.append("- ").append(w).append('\n');
      }
    }
    Provenance pv = r.provenance();
    sb.append("\n## Provenance\n\n");
    sb.append("- Verdict ").append(pv.version()).append(" (revision ").append(pv.gitRevision()).append(")\n");
    sb.append("- ").append(pv.java()).append(", ").append(pv.os()).append(" ").append(pv.arch()).append(", ")
        .append(pv.cpus()).append(" CPUs\n");
    sb.append("- Data: ").append(pv.dataFile()).append(" (SHA-256 ").append(pv.dataSha256()).append(")\n");
    sb.append("- Libraries: ");
    sb.append(String.join(", ", pv.libraries().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    sb.append("\n- Options: ");
    sb.append(String.join(", ", pv.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    sb.append("\n- Started ").append(pv.startedAt()).append('\n');
    return sb.toString();
  }

  /**
   * Where to learn the recommended approach and the other one, from a course catalog on the class path
   * ({@link CourseSuggestions}); empty without a verdict or a catalog. A catalog that fails costs only
   * this section.
   */
  static String learnSection(RunResult r) {
    if (r.verdict() == null) {
      return "";
    }
    String recommended = r.verdict().recommended();
    var suggested = CourseSuggestions.forVerdict(recommended, 3);
    if (suggested.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n## Learn the approach\n\n");
    suggested.forEach((approach, courses) -> {
      sb.append(approach.equals("deep") ? "Deep learning" : "Classical machine learning")
          .append(approach.equals(recommended) ? " (recommended here)" : "").append(":\n\n");
      for (CourseSuggestions.SuggestedCourse c : courses) {
        sb.append("- **").append(c.title()).append("** (`").append(c.id()).append('`')
            .append(c.provider() == null ? "" : ", " + c.provider())
            .append(c.level() == null ? "" : ", " + c.level())
            .append(", ").append(c.rating()).append(")\n");
      }
      sb.append('\n');
    });
    return sb.append(MORE_COURSES).append('\n').toString();
  }

  /** Where to find more courses (the summary and the report say it). */
  public static final String MORE_COURSES = "More: `verdict courses list --topic \"machine learning\"` or `--topic"
      + " \"deep learning\"`, or ask: `verdict ask \"best deep learning course for beginners\"`.";

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
