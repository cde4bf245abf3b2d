package dev.verdict.data;

import java.util.List;

/**
 * A table as read from a file: named columns of raw text cells, {@code null} where a value is
 * missing, and for each row the line of the file it came from (for error messages).
 */
public final class Table {
  private final String source;
  private final String sha256;
  private final List<String> header;
  private final String[][] columns;
  private final long[] lines;

  /**
   * @param source how to name the file in messages
   * @param sha256 hex SHA-256 of the file's bytes (its fingerprint in provenance)
   * @param header column names, in order
   * @param columns cells by column then row; {@code null} marks a missing value
   * @param lines for each row, the 1-based line of the file where it starts
   */
  public Table(String source, String sha256, List<String> header, String[][] columns, long[] lines) {
    if (header.size() != columns.length) {
      throw new IllegalArgumentException("header has " + header.size() + " names for " + columns.length + " columns");
    }
    for (String[] column : columns) {
      if (column.length != lines.length) {
        throw new IllegalArgumentException("ragged columns");
      }
    }
    this.source = source;
    this.sha256 = sha256;
    this.header = List.copyOf(header);
    this.columns = columns;
    this.lines = lines;
  }

  public String source() {
    return source;
  }

  public String sha256() {
    return sha256;
  }

  public List<String> header() {
    return header;
  }

  public int rowCount() {
    return lines.length;
  }

  public int columnCount() {
    return header.size();
  }

  /** The index of the named column, or -1. */
  public int indexOf(String name) {
    return header.indexOf(name);
  }

  public String name(int column) {
    return header.get(column);
  }

  /** The cells of one column; the array is shared, do not modify it. */
  public String[] column(int column) {
    return columns[column];
  }

  public String cell(int row, int column) {
    return columns[column][row];
  }

  /** The 1-based line of the file where the row starts. */
  public long line(int row) {
    return lines[row];
  }
}
