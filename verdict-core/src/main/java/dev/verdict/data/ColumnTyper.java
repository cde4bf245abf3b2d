package dev.verdict.data;

import dev.verdict.BadInputException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a column's {@link ColumnType} from its values and decodes them once. A column where at
 * least {@value #NUMERIC_SHARE} of the present values are numbers but some are not is an error
 * (naming the first bad line and value) unless {@code lenient}, which reads those values as missing.
 */
public final class ColumnTyper {
  /** Share of numeric values above which the other values are treated as errors. */
  public static final double NUMERIC_SHARE = 0.95;
  /** Columns with fewer present values are never called identifiers from their values alone. */
  static final int MIN_ROWS_FOR_IDENTIFIER = 20;

  private static final Pattern ID_NAME =
      Pattern.compile("(?i)^(id|.*[_\\- .]id|.*[a-z]Id|uuid|guid|index|row_?(id|num|number)?|key|record_?id)$");
  private static final Map<String, Boolean> BOOLEAN_WORDS = Map.of(
      "true", true, "false", false, "yes", true, "no", false, "y", true, "n", false, "t", true, "f", false);
  private static final Set<Set<String>> BOOLEAN_PAIRS = Set.of(
      Set.of("true", "false"), Set.of("yes", "no"), Set.of("y", "n"), Set.of("t", "f"));

  private final boolean lenient;

  public ColumnTyper(boolean lenient) {
    this.lenient = lenient;
  }

  public TypedColumn type(Table table, int column) {
    String name = table.name(column);
    String[] cells = table.column(column);
    int n = cells.length;
    int missing = 0;
    int parsed = 0;
    int firstBad = -1;
    double[] numbers = new double[n];
    int[] codes = new int[n];
    Map<String, Integer> levelIndex = new HashMap<>();
    boolean allIntegers = true;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      String cell = cells[r];
      if (cell == null) {
        missing++;
        numbers[r] = Double.NaN;
        codes[r] = -1;
        continue;
      }
      Integer code = levelIndex.get(cell);
      if (code == null) {
        code = levelIndex.size();
        levelIndex.put(cell, code);
      }
      codes[r] = code;
      double value = parseNumber(cell);
      numbers[r] = value;
      if (Double.isNaN(value)) {
        if (firstBad < 0) {
          firstBad = r;
        }
      } else {
        parsed++;
        allIntegers &= value == Math.rint(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    int present = n - missing;
    int distinct = levelIndex.size();
    String[] levels = new String[distinct];
    levelIndex.forEach((level, code) -> levels[code] = level);

    if (present == 0) {
      return new TypedColumn(name, column, ColumnType.CONSTANT, null, codes, levels, missing, 0, 0, "every value is missing");
    }
    boolean numeric = parsed == present;
    int coerced = 0;
    if (!numeric && parsed >= NUMERIC_SHARE * present) {
      if (!lenient) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s column '%s': %.1f%% of its values are numbers, but line %d holds '%s'; fix the value, or pass --lenient to read such values as missing",
            table.source(), name, 100.0 * parsed / present, table.line(firstBad), abbreviate(cells[firstBad])));
      }
      coerced = present - parsed;
      missing += coerced;
      present = parsed;
      numeric = true;
      distinct = (int) java.util.Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).distinct().count();
    }
    if (distinct == 1) {
      String only = levels[0];
      return new TypedColumn(name, column, ColumnType.CONSTANT, numeric ? numbers : null, codes, levels, missing, 1, coerced,
          "one value throughout: '" + abbreviate(only) + "'");
    }
    boolean idName = ID_NAME.matcher(name).matches();
    if (numeric) {
      if (distinct == 2 && min == 0 && max == 1) {
        return new TypedColumn(name, column, ColumnType.BOOLEAN, numbers, null, null, missing, 2, coerced, null);
      }
      boolean unique = distinct == present && present >= MIN_ROWS_FOR_IDENTIFIER;
      if (allIntegers && unique && (idName || max - min + 1 <= 1.5 * present)) {
        return new TypedColumn(name, column, ColumnType.IDENTIFIER, numbers, null, null, missing, distinct, coerced,
            "integers, a different one on every row");
      }
      return new TypedColumn(name, column, ColumnType.NUMERIC, numbers, null, null, missing, distinct, coerced, null);
    }
    if (distinct == 2) {
      Set<String> lower = Set.of(levels[0].toLowerCase(Locale.ROOT), levels[1].toLowerCase(Locale.ROOT));
      if (BOOLEAN_PAIRS.contains(lower)) {
        double[] flags = new double[n];
        for (int r = 0; r < n; r++) {
          flags[r] = codes[r] < 0 ? Double.NaN : booleanWord(levels[codes[r]]);
        }
        return new TypedColumn(name, column, ColumnType.BOOLEAN, flags, codes, levels, missing, 2, 0, null);
      }
    }
    if (looksLikeText(levels, codes)) {
      return new TypedColumn(name, column, ColumnType.TEXT, null, codes, levels, missing, distinct, 0,
          "long values of several words");
    }
    boolean nearlyUnique = present >= MIN_ROWS_FOR_IDENTIFIER && distinct >= 0.95 * present;
    if (nearlyUnique || (idName && distinct >= 0.9 * present && present >= MIN_ROWS_FOR_IDENTIFIER)) {
      return new TypedColumn(name, column, ColumnType.IDENTIFIER, null, codes, levels, missing, distinct, 0,
          nearlyUnique ? "a different value on (nearly) every row" : "an id-like name with mostly unique values");
    }
    return new TypedColumn(name, column, ColumnType.CATEGORICAL, null, codes, levels, missing, distinct, 0, null);
  }

  /** 1 or 0 for a yes/no word that boolean columns accept (true/false, yes/no, y/n, t/f), else NaN. */
  public static double booleanWord(String cell) {
    Boolean value = cell == null ? null : BOOLEAN_WORDS.get(cell.toLowerCase(Locale.ROOT));
    return value == null ? Double.NaN : value ? 1 : 0;
  }

  /** Parses a finite number, or returns NaN. Cheap on text that is obviously not a number. */
  public static double parseNumber(String cell) {
    if (cell == null || cell.isEmpty()) {
      return Double.NaN;
    }
    char c = cell.charAt(0);
    if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.')) {
      return Double.NaN;
    }
    char last = cell.charAt(cell.length() - 1);
    if (!(Character.isDigit(last) || last == '.')) {
      return Double.NaN; // rejects Java's "1d", "1f" and friends
    }
    try {
      double v = Double.parseDouble(cell);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean looksLikeText(String[] levels, int[] codes) {
    // sample the distinct values: many words per value, or long values
    int sample = Math.min(levels.length, 2000);
    long words = 0;
    long chars = 0;
    for (int i = 0; i < sample; i++) {
      String v = levels[i];
      chars += v.length();
      words += v.isBlank() ? 0 : v.strip().split("\\s+").length;
    }
    double meanWords = (double) words / sample;
    double meanChars = (double) chars / sample;
    int present = 0;
    for (int code : codes) {
      if (code >= 0) {
        present++;
      }
    }
    double uniqueShare = (double) levels.length / Math.max(1, present);
    return (meanWords >= 4 && uniqueShare > 0.3) || (meanChars >= 40 && uniqueShare > 0.5);
  }

  /** A cell value shortened to 40 characters for messages. */
  public static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
