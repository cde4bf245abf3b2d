package dev.verdict.report;

import dev.verdict.result.ModelResult;
import dev.verdict.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code leaderboard.csv}: one row per model, full-precision numbers, machine-readable. */
public final class LeaderboardCsv {
  private LeaderboardCsv() {}

  public static String render(RunResult r) {
    List<String> header = new ArrayList<>(List.of("rank", "model", "name", "family", "baseline", "status"));
    for (String key : r.metrics()) {
      header.add(key + "_mean");
      header.add(key + "_sd");
    }
    header.addAll(List.of("fit_seconds", "predict_us_per_row", "size_bytes", "note"));
    StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
    int rank = 0;
    for (ModelResult m : r.models()) {
      List<String> row = new ArrayList<>();
      row.add(m.status().ranked() ? Integer.toString(++rank) : "");
      row.add(m.id());
      row.add(quote(m.name()));
      row.add(m.family());
      row.add(Boolean.toString(m.baseline()));
      row.add(m.status().name().toLowerCase(Locale.ROOT));
      for (String key : r.metrics()) {
        row.add(number(m.meanOf(key)));
        row.add(number(m.stdOf(key)));
      }
      row.add(m.folds().isEmpty() ? "" : number(m.fitSeconds()));
      row.add(m.predictMicrosPerRow() == null ? "" : number(m.predictMicrosPerRow()));
      row.add(m.sizeBytes() == null ? "" : Long.toString(m.sizeBytes()));
      row.add(quote(m.note()));
      sb.append(String.join(",", row)).append('\n');
    }
    return sb.toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
  }

  private static String quote(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
