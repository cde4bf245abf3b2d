package dev.verdict.learn.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Answer} as plain text for a terminal: the answer (or its rephrasing, marked as
 * such, followed by the catalog's own text), each cited course with the fields that justify it, the
 * compare view as a table, and the notes. Every fact printed comes from the answer's data.
 */
public final class AnswerText {
  /** Widest a compare-view cell is printed before it is cut with "…". */
  static final int CELL = 30;

  private AnswerText() {}

  /** The answer as text, without naming who reworded it. */
  public static String render(Answer a) {
    return render(a, null);
  }

  /** @param rephrasedBy who rephrased the answer (shown when {@link Answer#rephrased()} is set), or null */
  public static String render(Answer a, String rephrasedBy) {
    StringBuilder out = new StringBuilder();
    if (a.rephrased() != null) {
      out.append(wrap(a.rephrased(), 100)).append('\n');
      out.append("(reworded by ").append(rephrasedBy == null ? "a language model" : rephrasedBy)
          .append("; the catalog's own answer and facts follow)\n\n");
    }
    out.append(wrap(a.text(), 100)).append('\n');
    if (!a.picks().isEmpty()) {
      out.append('\n');
      for (int i = 0; i < a.picks().size(); i++) {
        Pick p = a.picks().get(i);
        out.append(String.format(Locale.ROOT, "%d. %s [%s]%s%n", i + 1, p.title(), p.courseId(),
            p.role() == null ? "" : " — " + p.role()));
        List<String> facts = new ArrayList<>();
        facts.add(or(p.provider()));
        facts.add(p.level() == null ? "level unknown" : p.level());
        facts.add("effort " + or(p.effort()));
        facts.add(p.free() == null ? "price unknown" : p.free() ? "free" : "not free");
        facts.add(p.rating());
        out.append("   ").append(String.join(" · ", facts)).append('\n');
        if (!p.skills().isEmpty()) {
          out.append("   skills: ").append(String.join(", ", p.skills())).append('\n');
        }
        if (!p.matched().isEmpty()) {
          out.append("   matched: ").append(String.join(", ", p.matched())).append('\n');
        }
        if (p.url() != null) {
          out.append("   ").append(p.url()).append('\n');
        }
      }
    }
    if (a.compare() != null) {
      out.append('\n').append(table(a.compare()));
      if (!a.compare().differences().isEmpty()) {
        out.append("\nKey differences:\n");
        a.compare().differences().forEach(d -> out.append("- ").append(d).append('\n'));
      }
    }
    if (!a.notes().isEmpty()) {
      out.append('\n');
      a.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
    }
    return out.toString();
  }

  /** The compare view as an aligned text table: a column per course, a row per field. */
  static String table(CompareView view) {
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(view.courseIds());
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (CompareView.Row r : view.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.field());
      r.values().forEach(v -> row.add(cut(v)));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row.get(i)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String cut(String v) {
    return v.length() <= CELL ? v : v.substring(0, CELL - 1) + "…";
  }

  private static String or(String v) {
    return v == null ? CompareView.UNKNOWN : v;
  }

  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + 1 + word.length() > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
