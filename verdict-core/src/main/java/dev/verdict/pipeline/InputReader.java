package dev.verdict.pipeline;

import dev.verdict.BadInputException;
import dev.verdict.data.ColumnType;
import dev.verdict.data.ColumnTyper;
import dev.verdict.data.Table;
import dev.verdict.model.TaskType;
import dev.verdict.prep.Feature;
import dev.verdict.prep.FeatureTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the columns a saved model needs from a new table, matched by name and decoded as in
 * training: numbers and yes/no words as numbers, categories as the training codes (a level not seen
 * in training gets a code past the training levels, which the preprocessor encodes as all zeros, as
 * it does for a level missing from a training fold). Missing cells stay missing and are handled by
 * the saved preprocessor. Extra columns are ignored.
 */
final class InputReader {
  private InputReader() {}

  static FeatureTable read(Table table, PipelineManifest manifest, boolean lenient) {
    List<InputColumn> inputs = manifest.inputs();
    List<String> absent = inputs.stream().map(InputColumn::name).filter(n -> table.indexOf(n) < 0).toList();
    if (!absent.isEmpty()) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s: %s %s the model was trained on %s missing; the model reads the columns %s (matched by name, in any order;"
              + " extra columns are ignored)",
          table.source(), absent.size() == 1 ? "column" : "columns", quoted(absent),
          absent.size() == 1 ? "is" : "are", String.join(", ", inputs.stream().map(InputColumn::name).toList())));
    }
    List<Feature> features = new ArrayList<>(inputs.size());
    for (InputColumn input : inputs) {
      String[] cells = table.column(table.indexOf(input.name()));
      features.add(input.type() == ColumnType.CATEGORICAL
          ? categorical(input, cells)
          : numeric(table, input, cells, lenient));
    }
    String[] classes = manifest.classes() == null ? null : manifest.classes().toArray(String[]::new);
    TaskType task = TaskType.fromLabel(manifest.task());
    return FeatureTable.unlabelled(features, table.rowCount(), classes, task);
  }

  private static Feature categorical(InputColumn input, String[] cells) {
    Map<String, Integer> codeOf = new HashMap<>();
    for (int i = 0; i < input.levels().size(); i++) {
      codeOf.put(input.levels().get(i), i);
    }
    int unseen = input.levels().size();
    int[] codes = new int[cells.length];
    for (int r = 0; r < cells.length; r++) {
      codes[r] = cells[r] == null ? -1 : codeOf.getOrDefault(cells[r], unseen);
    }
    return new Feature(input.name(), input.type(), null, codes, input.levels().toArray(String[]::new));
  }

  private static Feature numeric(Table table, InputColumn input, String[] cells, boolean lenient) {
    boolean flags = input.type() == ColumnType.BOOLEAN;
    double[] values = new double[cells.length];
    for (int r = 0; r < cells.length; r++) {
      String cell = cells[r];
      if (cell == null) {
        values[r] = Double.NaN;
        continue;
      }
      double v = ColumnTyper.parseNumber(cell);
      if (flags) {
        // a yes/no column: 0 or 1, or a yes/no word, as in training
        v = v == 0 || v == 1 ? v : ColumnTyper.booleanWord(cell);
      }
      if (Double.isNaN(v) && !lenient) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s line %d, column '%s': '%s' is not %s, as the model was trained on; fix the value, or pass --lenient to"
                + " read such values as missing",
            table.source(), table.line(r), input.name(), ColumnTyper.abbreviate(cell),
            flags ? "0, 1 or a yes/no word" : "a number"));
      }
      values[r] = v;
    }
    return new Feature(input.name(), input.type(), values, null, null);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
