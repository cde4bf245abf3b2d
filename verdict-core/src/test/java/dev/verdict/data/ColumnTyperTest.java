package dev.verdict.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import org.junit.jupiter.api.Test;

class ColumnTyperTest {
  private static TypedColumn type(String csv, int column, boolean lenient) {
    Table t = new CsvTableReader().parse("t.csv", csv);
    return new ColumnTyper(lenient).type(t, column);
  }

  /** A two-column table (name, other) so that an empty cell is not a blank line. */
  private static String column(String name, String... values) {
    StringBuilder sb = new StringBuilder(name + ",other\n");
    for (int i = 0; i < values.length; i++) {
      sb.append(values[i]).append(',').append(i).append('\n');
    }
    return sb.toString();
  }

  private static String[] range(int n, java.util.function.IntFunction<String> f) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = f.apply(i);
    }
    return out;
  }

  @Test
  void numbersAreNumeric() {
    TypedColumn c = type(column("x", "1.5", "2", "-3e2", "", "4"), 0, false);
    assertEquals(ColumnType.NUMERIC, c.type());
    assertEquals(1, c.missing());
    assertEquals(-300, c.numbers()[2], 1e-9);
    assertTrue(Double.isNaN(c.numbers()[3]));
  }

  @Test
  void labelsAreCategorical() {
    assertEquals(ColumnType.CATEGORICAL, type(column("c", "red", "blue", "red", "green"), 0, false).type());
  }

  @Test
  void twoValuedColumnsAreBoolean() {
    TypedColumn yn = type(column("b", "yes", "no", "yes"), 0, false);
    assertEquals(ColumnType.BOOLEAN, yn.type());
    assertEquals(1.0, yn.numbers()[0]);
    assertEquals(ColumnType.BOOLEAN, type(column("b", "0", "1", "1"), 0, false).type());
  }

  @Test
  void singleValueIsConstant() {
    assertEquals(ColumnType.CONSTANT, type(column("k", "a", "a", "a", "NA"), 0, false).type());
    assertEquals(ColumnType.CONSTANT, type(column("k", "", "", "") + "", 0, false).type());
  }

  @Test
  void uniqueValuesAreIdentifiers() {
    assertEquals(ColumnType.IDENTIFIER, type(column("ref", range(30, i -> "R" + (1000 + i * 7))), 0, false).type());
    assertEquals(ColumnType.IDENTIFIER, type(column("row", range(30, i -> Integer.toString(i + 1))), 0, false).type());
    // unique floats are measurements, not identifiers
    assertEquals(ColumnType.NUMERIC, type(column("w", range(30, i -> (i * 1.37) + "")), 0, false).type());
  }

  @Test
  void longMultiWordValuesAreText() {
    TypedColumn c = type(column("review", range(30, i -> "this product was great and I would buy it again " + i)), 0, false);
    assertEquals(ColumnType.TEXT, c.type());
  }

  @Test
  void mostlyNumericColumnWithGarbageNamesColumnLineAndValue() {
    String[] values = range(40, i -> Integer.toString(i % 7));
    values[12] = "n/a yet";
    BadInputException e = assertThrows(BadInputException.class, () -> type(column("age", values), 0, false));
    assertTrue(e.getMessage().contains("column 'age'"), e.getMessage());
    assertTrue(e.getMessage().contains("line 14"), e.getMessage());
    assertTrue(e.getMessage().contains("'n/a yet'"), e.getMessage());
    assertTrue(e.getMessage().contains("--lenient"), e.getMessage());
  }

  @Test
  void lenientReadsGarbageAsMissing() {
    String[] values = range(40, i -> Integer.toString(i % 7));
    values[12] = "oops";
    TypedColumn c = type(column("age", values), 0, true);
    assertEquals(ColumnType.NUMERIC, c.type());
    assertEquals(1, c.coerced());
    assertEquals(1, c.missing());
  }

  @Test
  void parseNumberRejectsJavaSuffixesAndInfinity() {
    assertTrue(Double.isNaN(ColumnTyper.parseNumber("1d")));
    assertTrue(Double.isNaN(ColumnTyper.parseNumber("Infinity")));
    assertTrue(Double.isNaN(ColumnTyper.parseNumber("1e999")));
    assertEquals(0.5, ColumnTyper.parseNumber(".5"));
  }
}
