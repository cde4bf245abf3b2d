package dev.verdict.prep;

import dev.verdict.data.TypedColumn;
import dev.verdict.model.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The modelling view of a table: the feature columns and the target, for the rows whose target is
 * present. Class targets are indices into {@link #classNames()}.
 */
public final class FeatureTable {
  private final List<Feature> features;
  private final double[] target;
  private final String[] classNames;
  private final TaskType task;
  private final int[] sourceRows;

  private FeatureTable(List<Feature> features, double[] target, String[] classNames, TaskType task, int[] sourceRows) {
    this.features = List.copyOf(features);
    this.target = target;
    this.classNames = classNames;
    this.task = task;
    this.sourceRows = sourceRows;
  }

  /**
   * Builds the modelling view.
   *
   * @param columns typed feature columns (only those whose type {@link dev.verdict.data.ColumnType#isFeature()})
   * @param target target values per table row: class index, or value; {@code NaN} where missing
   * @param classNames class names for classification, else {@code null}
   */
  public static FeatureTable of(List<TypedColumn> columns, double[] target, String[] classNames, TaskType task) {
    int kept = 0;
    for (double t : target) {
      if (!Double.isNaN(t)) {
        kept++;
      }
    }
    int[] rows = new int[kept];
    double[] y = new double[kept];
    int k = 0;
    for (int r = 0; r < target.length; r++) {
      if (!Double.isNaN(target[r])) {
        rows[k] = r;
        y[k++] = target[r];
      }
    }
    List<Feature> features = new ArrayList<>();
    for (TypedColumn c : columns) {
      if (!c.type().isFeature()) {
        throw new IllegalArgumentException("column " + c.name() + " of type " + c.type() + " is not a feature");
      }
      if (c.numbers() != null && c.type() != dev.verdict.data.ColumnType.CATEGORICAL) {
        double[] values = new double[kept];
        for (int i = 0; i < kept; i++) {
          values[i] = c.numbers()[rows[i]];
        }
        features.add(new Feature(c.name(), c.type(), values, null, null));
      } else {
        int[] codes = new int[kept];
        for (int i = 0; i < kept; i++) {
          codes[i] = c.codes()[rows[i]];
        }
        features.add(new Feature(c.name(), c.type(), null, codes, c.levels()));
      }
    }
    return new FeatureTable(features, y, classNames, task, rows);
  }

  /**
   * Rows to predict: features without a target (every target is {@code NaN}).
   *
   * @param features the features, in the order the preprocessor was fitted on
   * @param classNames class names for classification, else {@code null}
   */
  public static FeatureTable unlabelled(List<Feature> features, int rows, String[] classNames, TaskType task) {
    for (Feature f : features) {
      int size = f.isCategorical() ? f.codes().length : f.numbers().length;
      if (size != rows) {
        throw new IllegalArgumentException("feature " + f.name() + " has " + size + " rows, expected " + rows);
      }
    }
    double[] target = new double[rows];
    Arrays.fill(target, Double.NaN);
    return new FeatureTable(features, target, classNames, task, IntStream.range(0, rows).toArray());
  }

  public List<Feature> features() {
    return features;
  }

  public int rows() {
    return target.length;
  }

  /** Class index or value per row; shared, do not modify. */
  public double[] target() {
    return target;
  }

  /** Class names (index order) for classification, else {@code null}. */
  public String[] classNames() {
    return classNames;
  }

  public int classCount() {
    return classNames == null ? 0 : classNames.length;
  }

  public TaskType task() {
    return task;
  }

  /** For each row here, its row in the source table. */
  public int[] sourceRows() {
    return sourceRows;
  }

  /** The targets of some rows. */
  public double[] target(int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = target[rows[i]];
    }
    return out;
  }

  /** The class index of each row as an int (classification only). */
  public int[] labels() {
    int[] out = new int[target.length];
    for (int i = 0; i < target.length; i++) {
      out[i] = (int) target[i];
    }
    return out;
  }
}
