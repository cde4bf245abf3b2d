package dev.verdict.report;

import dev.verdict.advice.Advice;
import dev.verdict.profile.ColumnProfile;
import dev.verdict.profile.DataProfile;
import dev.verdict.profile.NumericSummary;
import dev.verdict.profile.TargetProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The profile for people, as plain text for a terminal. */
public final class ProfileText {
  private ProfileText() {}

  public static String render(DataProfile p) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %,d rows × %d columns (SHA-256 %s…)%n", p.source(), p.rows(), p.columns(),
        p.sha256().substring(0, 12)));
    TargetProfile t = p.target();
    sb.append(String.format(Locale.ROOT, "%nTarget '%s': %s (%s)%n", t.name(), t.task().label(), t.taskReason()));
    if (t.classes() != null) {
      int width = t.classes().stream().mapToInt(c -> c.name().length()).max().orElse(5);
      for (TargetProfile.ClassCount c : t.classes()) {
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %,8d  %6s%n", c.name(), c.count(), Format.percent(c.share())));
      }
      sb.append(String.format(Locale.ROOT, "  balance: smallest/largest class = %.2f%s%n", t.imbalanceRatio(),
          t.strongImbalance() ? " (strongly imbalanced)" : ""));
    } else {
      NumericSummary d = t.distribution();
      sb.append(String.format(Locale.ROOT, "  min %s, median %s, max %s; mean %s ± %s; skewness %.2f%n",
          Format.number(d.min()), Format.number(d.median()), Format.number(d.max()), Format.number(d.mean()),
          Format.number(d.std()), d.skewness()));
    }
    if (t.missing() > 0) {
      sb.append(String.format(Locale.ROOT, "  %,d rows without a target (dropped)%n", t.missing()));
    }
    sb.append("\nColumns: ");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : p.columnsByType().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + e.getKey());
      }
    }
    sb.append(String.join(", ", parts)).append(String.format(Locale.ROOT, "; %d usable as features%n", p.features()));
    TextTable table = new TextTable(List.of("column", "type", "role", "missing", "distinct", "values", "link to target"),
        new boolean[] {false, false, false, true, true, false, true});
    for (ColumnProfile c : p.columnProfiles()) {
      table.add(List.of(c.name(), c.type().label(), c.role(), Format.percent(c.missingShare()), Integer.toString(c.distinct()),
          values(c), c.association() == null ? "" : String.format(Locale.ROOT, "%.3f%s", c.association(), c.leakage() ? " (!)" : "")));
    }
    sb.append(indent(table.render()));
    sb.append(String.format(Locale.ROOT, "  link to target: η² (numeric), Cramér's V² (categorical) or r² (regression), univariate%n"));
    sb.append(String.format(Locale.ROOT, "%nDuplicate rows: %,d%n", p.duplicateRows()));
    if (!p.warnings().isEmpty()) {
      sb.append("\nWarnings:\n");
      for (String w : p.warnings()) {
        sb.append("  - ").append(w).append('\n');
      }
    }
    sb.append('\n').append(advice(p.advice()));
    return sb.toString();
  }

  /** The rule-of-thumb advice with its reasons and sources. */
  public static String advice(Advice a) {
    StringBuilder sb = new StringBuilder("Rule-of-thumb advice: ").append(a.summary()).append('\n');
    for (Advice.Reason r : a.reasons()) {
      sb.append("  - ").append(r.rule()).append(": ").append(r.finding()).append(" → favours ").append(r.favours()).append('\n');
      sb.append("      source: ").append(r.source()).append('\n');
    }
    return sb.toString();
  }

  private static String values(ColumnProfile c) {
    if (c.numbers() != null) {
      NumericSummary n = c.numbers();
      return Format.number(n.min()) + " … " + Format.number(n.max()) + " (median " + Format.number(n.median()) + ")";
    }
    if (c.topLevels() != null) {
      List<String> top = c.topLevels().stream().limit(3).map(l -> l.level() + " " + l.count()).toList();
      String s = String.join(", ", top) + (c.distinct() > 3 ? ", …" : "");
      return s.length() > 48 ? s.substring(0, 47) + "…" : s;
    }
    return c.note() == null ? "" : c.note();
  }

  private static String indent(String s) {
    return s.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
  }
}
