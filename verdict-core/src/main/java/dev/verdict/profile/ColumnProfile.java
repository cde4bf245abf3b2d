package dev.verdict.profile;

import dev.verdict.data.ColumnType;
import java.util.List;

/**
 * What the profile says about one column.
 *
 * @param name the column's name
 * @param type inferred type
 * @param role {@code target}, {@code feature}, or {@code ignored} (text, identifier, constant)
 * @param missing missing cells
 * @param missingShare missing cells / rows
 * @param distinct distinct present values
 * @param numbers distribution, for numeric and boolean columns
 * @param topLevels the most frequent levels, for categorical columns
 * @param association univariate strength of the link to the target in [0, 1] (η², r² or Cramér's V²);
 *     {@code null} for the target and ignored columns
 * @param leakage true when the column almost determines the target on its own
 * @param note why the type was chosen, or what was coerced
 */
public record ColumnProfile(
    String name,
    ColumnType type,
    String role,
    int missing,
    double missingShare,
    int distinct,
    NumericSummary numbers,
    List<LevelCount> topLevels,
    Double association,
    boolean leakage,
    String note) {

  /** A level and how often it occurs. */
  public record LevelCount(String level, int count) {}
}
