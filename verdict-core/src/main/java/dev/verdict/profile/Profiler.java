package dev.verdict.profile;

import dev.verdict.BadInputException;
import dev.verdict.advice.Advice;
import dev.verdict.advice.RuleOfThumb;
import dev.verdict.data.ColumnType;
import dev.verdict.data.ColumnTyper;
import dev.verdict.data.Table;
import dev.verdict.data.TypedColumn;
import dev.verdict.model.TaskType;
import dev.verdict.prep.FeatureTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Profiles a table for a target: types every column, works out the task, the class balance or
 * target distribution, duplicates, univariate association and leakage, and the rule-of-thumb advice.
 */
public final class Profiler {
  /** Smallest/largest class ratio under which classes are strongly imbalanced. */
  public static final double STRONG_IMBALANCE = 0.2;
  /** Integer targets with at most this many values are read as classes. */
  public static final int MAX_INTEGER_CLASSES = 20;
  /** Association (η², r², Cramér's V²) under which a feature counts as weak. */
  public static final double WEAK_ASSOCIATION = 0.01;
  /** Share of rows a single column must predict to raise a leakage warning. */
  public static final double LEAKAGE_PURITY = 0.99;

  /**
   * @param target the target column's name
   * @param task the task, or {@code null} to infer it
   * @param lenient read non-numeric values in mostly numeric columns as missing
   */
  public record Options(String target, TaskType task, boolean lenient) {
    public Options {
      if (target == null || target.isBlank()) {
        throw new BadInputException("no target given; name the column to predict with --target");
      }
    }
  }

  public ProfiledTable profile(Table table, Options options) {
    int targetIndex = findTarget(table, options.target());
    ColumnTyper typer = new ColumnTyper(options.lenient());
    List<TypedColumn> typed = new ArrayList<>();
    for (int c = 0; c < table.columnCount(); c++) {
      typed.add(typer.type(table, c));
    }
    TypedColumn targetColumn = typed.get(targetIndex);
    TargetValues target = targetValues(table, targetColumn, options.task());

    List<String> warnings = new ArrayList<>();
    if (target.missing > 0) {
      warnings.add(String.format(Locale.ROOT, "%,d row%s without a value for target '%s' will be dropped",
          target.missing, target.missing == 1 ? "" : "s", targetColumn.name()));
    }
    if (target.note != null) {
      warnings.add(target.note);
    }
    List<TypedColumn> featureColumns = new ArrayList<>();
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (ColumnType t : ColumnType.values()) {
      byType.put(t.label(), 0);
    }
    for (TypedColumn c : typed) {
      if (c.index() == targetIndex) {
        continue;
      }
      byType.merge(c.type().label(), 1, Integer::sum);
      if (c.type().isFeature()) {
        featureColumns.add(c);
      }
    }
    FeatureTable features = FeatureTable.of(featureColumns, target.values, target.classNames, target.task);
    TargetProfile targetProfile = targetProfile(targetColumn.name(), target, features);
    if (targetProfile.strongImbalance()) {
      warnings.add(String.format(Locale.ROOT,
          "classes are strongly imbalanced (smallest/largest = %.2f); macro-F1 is the primary metric", targetProfile.imbalanceRatio()));
    }

    List<ColumnProfile> columns = new ArrayList<>();
    int weak = 0;
    int categorical = 0;
    int featureIndex = 0;
    for (TypedColumn c : typed) {
      if (c.index() == targetIndex) {
        columns.add(columnProfile(c, table.rowCount(), "target", null, false));
        continue;
      }
      if (!c.type().isFeature()) {
        columns.add(columnProfile(c, table.rowCount(), "ignored", null, false));
        warnings.add(String.format(Locale.ROOT, "column '%s' is %s (%s) and is left out of the models",
            c.name(), article(c.type()), c.note() == null ? c.type().label() : c.note()));
        continue;
      }
      var feature = features.features().get(featureIndex++);
      double association = Association.strength(feature, features);
      boolean leak = Association.leaks(feature, features);
      if (association < WEAK_ASSOCIATION) {
        weak++;
      }
      if (c.type() == ColumnType.CATEGORICAL) {
        categorical++;
      }
      if (leak) {
        warnings.add(String.format(Locale.ROOT,
            "column '%s' almost determines the target on its own; check that it is not derived from '%s' (leakage)",
            c.name(), targetColumn.name()));
      }
      if (c.coerced() > 0) {
        warnings.add(String.format(Locale.ROOT, "column '%s': %,d non-numeric value%s read as missing (--lenient)",
            c.name(), c.coerced(), c.coerced() == 1 ? "" : "s"));
      }
      double missingShare = (double) c.missing() / table.rowCount();
      if (missingShare >= 0.5) {
        warnings.add(String.format(Locale.ROOT, "column '%s' is %.0f%% missing", c.name(), 100 * missingShare));
      }
      columns.add(columnProfile(c, table.rowCount(), "feature", association, leak));
    }
    int nFeatures = featureColumns.size();
    if (nFeatures == 0) {
      warnings.add("no usable feature columns: models can only learn the target's distribution");
    }
    int duplicates = duplicateRows(table);
    if (duplicates > 0) {
      warnings.add(String.format(Locale.ROOT, "%,d duplicate row%s (identical to an earlier row)", duplicates,
          duplicates == 1 ? "" : "s"));
    }
    Advice advice = RuleOfThumb.forTable(features.rows(), nFeatures,
        nFeatures == 0 ? 0 : (double) weak / nFeatures, nFeatures == 0 ? 0 : (double) categorical / nFeatures);
    DataProfile profile = new DataProfile(table.source(), table.sha256(), "table", table.rowCount(), table.columnCount(),
        byType, nFeatures, duplicates, targetProfile, List.copyOf(columns), List.copyOf(warnings), advice);
    return new ProfiledTable(table, List.copyOf(typed), profile, features);
  }

  private static int findTarget(Table table, String target) {
    int index = table.indexOf(target);
    if (index >= 0) {
      return index;
    }
    String hint = "";
    for (String name : table.header()) {
      if (name.equalsIgnoreCase(target.strip())) {
        hint = " (did you mean '" + name + "'?)";
      }
    }
    String names = String.join(", ", table.header().size() <= 30 ? table.header() : table.header().subList(0, 30));
    throw new BadInputException(String.format(Locale.ROOT, "%s: no column named '%s'%s; the columns are: %s%s",
        table.source(), target, hint, names, table.header().size() > 30 ? ", ..." : ""));
  }

  private record TargetValues(TaskType task, double[] values, String[] classNames, int missing, String reason, String note) {}

  private static TargetValues targetValues(Table table, TypedColumn c, TaskType requested) {
    String where = table.source() + " target '" + c.name() + "'";
    int n = table.rowCount();
    int present = n - c.missing();
    if (present == 0) {
      throw new BadInputException(where + ": every value is missing; choose another --target");
    }
    boolean numeric = c.numbers() != null && c.type() != ColumnType.CATEGORICAL && c.type() != ColumnType.TEXT;
    TaskType task = requested;
    String reason;
    String note = null;
    if (task == null) {
      if (!numeric) {
        task = TaskType.CLASSIFICATION;
        reason = "the target holds labels";
      } else if (c.type() == ColumnType.BOOLEAN) {
        task = TaskType.CLASSIFICATION;
        reason = "the target has two values";
      } else if (allIntegers(c.numbers()) && c.distinct() <= MAX_INTEGER_CLASSES) {
        task = TaskType.CLASSIFICATION;
        reason = "the target holds " + c.distinct() + " distinct integers";
        note = "target '" + c.name() + "' holds " + c.distinct()
            + " distinct integers and is treated as classes; pass --task regression to predict it as a number";
      } else {
        task = TaskType.REGRESSION;
        reason = "the target holds numbers with " + c.distinct() + " distinct values";
      }
    } else {
      reason = "--task " + task.label();
    }
    if (task == TaskType.REGRESSION) {
      if (!numeric) {
        throw new BadInputException(where + " is not numeric, so it cannot be a regression target; use --task classification");
      }
      if (c.distinct() < 2) {
        throw new BadInputException(where + " has a single value; there is nothing to predict");
      }
      return new TargetValues(task, c.numbers().clone(), null, c.missing(), reason, note);
    }
    // classification: classes are the distinct present labels, in natural order
    String[] labels = new String[n];
    for (int r = 0; r < n; r++) {
      labels[r] = labelOf(c, r);
    }
    Set<String> distinct = new HashSet<>();
    for (String l : labels) {
      if (l != null) {
        distinct.add(l);
      }
    }
    if (distinct.size() < 2) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s has a single class '%s' in %,d rows; a classifier needs at least two classes", where,
          distinct.iterator().next(), present));
    }
    if (c.type() == ColumnType.IDENTIFIER || (c.type() == ColumnType.TEXT && distinct.size() > present / 2)) {
      throw new BadInputException(where + " has a different value on nearly every row (" + c.type().label()
          + "); choose a column with classes or numbers to predict");
    }
    String[] classNames = distinct.stream().sorted(naturalOrder()).toArray(String[]::new);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < classNames.length; i++) {
      index.put(classNames[i], i);
    }
    double[] values = new double[n];
    for (int r = 0; r < n; r++) {
      values[r] = labels[r] == null ? Double.NaN : index.get(labels[r]);
    }
    return new TargetValues(task, values, classNames, c.missing(), reason, note);
  }

  private static String labelOf(TypedColumn c, int row) {
    if (c.codes() != null && c.levels() != null) {
      int code = c.codes()[row];
      if (code < 0 || (c.numbers() != null && Double.isNaN(c.numbers()[row]))) {
        return null;
      }
      return c.levels()[code];
    }
    double v = c.numbers()[row];
    if (Double.isNaN(v)) {
      return null;
    }
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Numbers in numeric order when every label is a number, else text order. */
  private static Comparator<String> naturalOrder() {
    return (a, b) -> {
      double x = ColumnTyper.parseNumber(a);
      double y = ColumnTyper.parseNumber(b);
      if (!Double.isNaN(x) && !Double.isNaN(y) && x != y) {
        return Double.compare(x, y);
      }
      return a.compareTo(b);
    };
  }

  private static boolean allIntegers(double[] values) {
    for (double v : values) {
      if (!Double.isNaN(v) && v != Math.rint(v)) {
        return false;
      }
    }
    return true;
  }

  private static TargetProfile targetProfile(String name, TargetValues target, FeatureTable features) {
    if (target.task == TaskType.REGRESSION) {
      return new TargetProfile(name, target.task, target.reason, null, null, false,
          NumericSummary.of(features.target()), target.missing);
    }
    int[] counts = new int[target.classNames.length];
    for (double v : features.target()) {
      counts[(int) v]++;
    }
    int total = features.rows();
    List<TargetProfile.ClassCount> classes = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      classes.add(new TargetProfile.ClassCount(target.classNames[i], counts[i], (double) counts[i] / total));
    }
    classes.sort(Comparator.comparingInt(TargetProfile.ClassCount::count).reversed());
    int max = Arrays.stream(counts).max().orElse(0);
    int min = Arrays.stream(counts).min().orElse(0);
    double ratio = max == 0 ? 1 : (double) min / max;
    return new TargetProfile(name, target.task, target.reason, List.copyOf(classes), ratio, ratio < STRONG_IMBALANCE,
        null, target.missing);
  }

  private static ColumnProfile columnProfile(TypedColumn c, int rows, String role, Double association, boolean leak) {
    NumericSummary numbers = null;
    List<ColumnProfile.LevelCount> top = null;
    if (c.numbers() != null && (c.type() == ColumnType.NUMERIC || c.type() == ColumnType.BOOLEAN
        || c.type() == ColumnType.IDENTIFIER)) {
      numbers = NumericSummary.of(c.numbers());
    } else if (c.codes() != null && c.type() != ColumnType.TEXT && c.type() != ColumnType.IDENTIFIER) {
      int[] counts = new int[c.levels().length];
      for (int code : c.codes()) {
        if (code >= 0) {
          counts[code]++;
        }
      }
      top = new ArrayList<>();
      Integer[] order = new Integer[counts.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
      for (int i = 0; i < Math.min(5, order.length); i++) {
        top.add(new ColumnProfile.LevelCount(c.levels()[order[i]], counts[order[i]]));
      }
    }
    return new ColumnProfile(c.name(), c.type(), role, c.missing(), rows == 0 ? 0 : (double) c.missing() / rows,
        c.distinct(), numbers, top, association, leak, c.note());
  }

  /** Rows whose cells all equal those of an earlier row (by a 64-bit hash of the row). */
  private static int duplicateRows(Table table) {
    Set<Long> seen = new HashSet<>();
    int duplicates = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      long h = 0xcbf29ce484222325L;
      for (int c = 0; c < table.columnCount(); c++) {
        String cell = table.cell(r, c);
        h = (h ^ (cell == null ? 0x9e3779b97f4a7c15L : cell.hashCode() * 0x100000001b3L + cell.length())) * 0x100000001b3L;
        h ^= h >>> 29;
      }
      if (!seen.add(h)) {
        duplicates++;
      }
    }
    return duplicates;
  }

  private static String article(ColumnType type) {
    return switch (type) {
      case IDENTIFIER -> "an identifier";
      case TEXT -> "free text";
      case CONSTANT -> "constant";
      default -> type.label();
    };
  }
}
