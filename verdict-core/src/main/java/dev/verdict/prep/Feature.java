package dev.verdict.prep;

import dev.verdict.data.ColumnType;

/**
 * One model input column before encoding: numbers for numeric and boolean columns, level codes for
 * categorical ones.
 */
public record Feature(String name, ColumnType type, double[] numbers, int[] codes, String[] levels) {
  public boolean isCategorical() {
    return codes != null;
  }
}
