package dev.verdict.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns (numbers right-aligned), for terminals. */
final class TextTable {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> header, boolean[] rightAligned) {
    this.header = header;
    this.right = rightAligned;
  }

  void add(List<String> row) {
    rows.add(row);
  }

  String render() {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    int total = 0;
    for (int w : width) {
      total += w + 2;
    }
    sb.append("-".repeat(Math.max(0, total - 2))).append('\n');
    for (List<String> row : rows) {
      line(sb, row, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      line.append(right[c] ? pad + cell : cell + pad);
      if (c < cells.size() - 1) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
