package dev.verdict.pipeline;

import dev.verdict.data.ColumnType;
import java.util.List;

/**
 * One column a saved model reads, as it was typed when the model was trained.
 *
 * @param name the column's name in the header (columns are matched by name, not position)
 * @param type {@code NUMERIC}, {@code BOOLEAN} or {@code CATEGORICAL}
 * @param levels for a categorical column, every level of the training file in code order (the saved
 *     preprocessor's codes index into it); {@code null} otherwise
 */
public record InputColumn(String name, ColumnType type, List<String> levels) {
  public InputColumn {
    if (!type.isFeature()) {
      throw new IllegalArgumentException("column " + name + " of type " + type + " is not a model input");
    }
    if ((type == ColumnType.CATEGORICAL) != (levels != null)) {
      throw new IllegalArgumentException("column " + name + ": levels are given for categorical columns only");
    }
    levels = levels == null ? null : List.copyOf(levels);
  }
}
