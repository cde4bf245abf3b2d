package dev.verdict.report;

import dev.verdict.eval.Metric;
import dev.verdict.result.ModelResult;
import dev.verdict.result.RunResult;
import java.util.ArrayList;
import java.util.List;

/** The leaderboard as rows of text, shared by the console, CSV and Markdown renderings. */
public final class Leaderboard {
  private Leaderboard() {}

  /** Column titles: rank, model, family, the primary metric (mean ± std), the other metrics, costs, status. */
  public static List<String> header(RunResult r) {
    List<String> h = new ArrayList<>(List.of("#", "model", "family"));
    Metric primary = Metric.parse(r.primaryMetric());
    h.add(primary.label() + " (mean ± sd)");
    for (String key : r.metrics()) {
      if (!key.equals(r.primaryMetric())) {
        h.add(Metric.parse(key).label());
      }
    }
    h.addAll(List.of("fit s", "µs/row", "size", "status"));
    return h;
  }

  public static List<List<String>> rows(RunResult r) {
    List<List<String>> rows = new ArrayList<>();
    int rank = 0;
    for (ModelResult m : r.models()) {
      List<String> row = new ArrayList<>();
      row.add(m.status().ranked() ? Integer.toString(++rank) : "–");
      row.add(m.id());
      row.add(m.baseline() ? "baseline" : m.family());
      double mean = m.meanOf(r.primaryMetric());
      row.add(Double.isNaN(mean) ? "–" : Format.metric(mean) + " ± " + Format.metric(m.stdOf(r.primaryMetric())));
      for (String key : r.metrics()) {
        if (!key.equals(r.primaryMetric())) {
          row.add(Format.metric(m.meanOf(key)));
        }
      }
      row.add(m.folds().isEmpty() ? "–" : Format.seconds(m.fitSeconds()));
      row.add(Format.micros(m.predictMicrosPerRow()));
      row.add(Format.bytes(m.sizeBytes()));
      row.add(m.status().name().toLowerCase(java.util.Locale.ROOT));
      rows.add(row);
    }
    return rows;
  }

  /** The leaderboard as an aligned text table. */
  public static String text(RunResult r) {
    List<String> header = header(r);
    boolean[] right = new boolean[header.size()];
    right[0] = true;
    for (int c = 3; c < header.size() - 1; c++) {
      right[c] = true;
    }
    TextTable table = new TextTable(header, right);
    rows(r).forEach(table::add);
    return table.render();
  }
}
