package dev.verdict.data;

/**
 * One column with its inferred type and its values decoded once: numbers for numeric and boolean
 * columns ({@code NaN} where missing), level codes for categorical ones ({@code -1} where missing).
 *
 * @param name the column's name in the header
 * @param index the column's position in the table
 * @param type the inferred type
 * @param numbers decoded numbers, or {@code null} when the column is not numeric or boolean
 * @param codes level codes into {@code levels}, or {@code null} when the column is not categorical
 * @param levels level names, in order of first appearance, or {@code null}
 * @param missing how many cells are missing
 * @param distinct how many distinct present values there are
 * @param coerced how many non-numeric cells were read as missing under {@code --lenient}
 * @param note why the type was chosen, when that is not obvious (may be {@code null})
 */
public record TypedColumn(
    String name,
    int index,
    ColumnType type,
    double[] numbers,
    int[] codes,
    String[] levels,
    int missing,
    int distinct,
    int coerced,
    String note) {

  public int size() {
    return numbers != null ? numbers.length : codes != null ? codes.length : 0;
  }

  public boolean isMissing(int row) {
    return numbers != null ? Double.isNaN(numbers[row]) : codes == null || codes[row] < 0;
  }
}
