package dev.verdict.data;

/** What a column holds, as inferred from its values (and, for identifiers, its name). */
public enum ColumnType {
  /** Numbers (at least 95 % of the present values parse as finite numbers). */
  NUMERIC,
  /** A limited set of labels. */
  CATEGORICAL,
  /** Two values such as 0/1, true/false, yes/no. */
  BOOLEAN,
  /** Free text: long values with several words each. Left out of tabular models. */
  TEXT,
  /** A different value on (nearly) every row, or an id-like name: keys, not features. Left out. */
  IDENTIFIER,
  /** One value (or none) throughout: carries no information. Left out. */
  CONSTANT;

  /** True for the types that tabular models use as features. */
  public boolean isFeature() {
    return this == NUMERIC || this == CATEGORICAL || this == BOOLEAN;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
