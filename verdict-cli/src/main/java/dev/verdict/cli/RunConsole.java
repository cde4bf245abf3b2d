package dev.verdict.cli;

import dev.verdict.eval.Metric;
import dev.verdict.report.CurveText;
import dev.verdict.report.Leaderboard;
import dev.verdict.report.ProfileText;
import dev.verdict.report.RunSummary;
import dev.verdict.result.RunResult;
import dev.verdict.run.CompletedRun;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a finished run on the console: the leaderboard, the findings and where the files are. */
final class RunConsole {
  private RunConsole() {}

  static void print(PrintWriter out, CompletedRun run) {
    RunResult r = run.result();
    var p = r.profile();
    out.println();
    out.println(String.format(Locale.ROOT, "%s → %s: %s, %,d rows, %d features, %d-fold%s cross-validation, seed %d",
        p.source(), p.target().name(), r.task(), p.rows(), p.features(), r.folds().count(),
        r.folds().stratified() ? " stratified" : "", r.folds().seed()).replace(" cross-validation", r.folds().repeats() > 1 ? " cross-validation × " + r.folds().repeats() + " repeats" : " cross-validation"));
    out.println("Ranked by " + Metric.parse(r.primaryMetric()).label() + " (" + r.primaryMetricReason() + ")");
    out.println();
    out.print(Leaderboard.text(r));
    out.println();
    for (String finding : RunSummary.findings(r)) {
      out.println(finding);
    }
    if (r.curves() != null) {
      out.println();
      out.print(CurveText.text(r.curves()));
    }
    out.println();
    out.print(ProfileText.advice(p.advice()));
    out.println();
    out.println(String.format(Locale.ROOT, "Run folder: %s (result.json, leaderboard.csv, summary.md%s%s) — %.1f s",
        shown(run.folder()), java.nio.file.Files.exists(run.folder().resolve("report.html")) ? ", report.html" : "",
        r.saved() == null ? "" : ", model/", r.elapsedSeconds()));
    if (r.startup() != null) {
      StringBuilder startup = new StringBuilder(String.format(Locale.ROOT, "Start-up, in no model's time: JVM %.1f s", r.startup().jvmSeconds()));
      r.startup().families().forEach((family, seconds) ->
          startup.append(String.format(Locale.ROOT, ", %s engine %.1f s", family, seconds)));
      out.println(startup.append('.'));
    }
    if (r.saved() != null) {
      out.println(String.format(Locale.ROOT, "Saved model: %s, refitted on all %,d rows in %.1f s (%s).",
          r.saved().id(), r.saved().trainedRows(), r.saved().fitSeconds(), r.saved().reason()));
      out.println("Predict new rows: verdict predict --model " + shown(run.folder()) + " FILE.csv [--out predictions.csv]");
    }
    out.flush();
  }

  /** The folder relative to the working folder when it lies inside it, else absolute. */
  static java.nio.file.Path shown(java.nio.file.Path folder) {
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    java.nio.file.Path abs = folder.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }
}
