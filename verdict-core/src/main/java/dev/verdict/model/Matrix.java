package dev.verdict.model;

import java.util.List;

/**
 * A dense numeric feature matrix, row-major, as every trainer receives it after preprocessing.
 * Missing values are {@code NaN} (only when the trainer asked to keep them).
 *
 * @param data rows × columns values, row-major
 * @param rows number of rows
 * @param columns number of columns
 * @param names one name per column
 */
public record Matrix(float[] data, int rows, int columns, List<String> names) {
  public Matrix {
    if (data.length != (long) rows * columns) {
      throw new IllegalArgumentException("data has " + data.length + " values for " + rows + " x " + columns);
    }
    if (names.size() != columns) {
      throw new IllegalArgumentException(names.size() + " names for " + columns + " columns");
    }
    names = List.copyOf(names);
  }

  public float get(int row, int column) {
    return data[row * columns + column];
  }

  /** One row as doubles (a copy). */
  public double[] row(int row) {
    double[] out = new double[columns];
    int base = row * columns;
    for (int c = 0; c < columns; c++) {
      out[c] = data[base + c];
    }
    return out;
  }
}
