package dev.verdict.pipeline;

import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Predictions for the rows of a file, in row order: an optional id column copied from the input,
 * the predicted value (a class name, or a number) under the target's name, and for classification
 * one probability column per class, {@code p_<class>}.
 *
 * @param idColumn the name of the passed-through id column, or {@code null}
 * @param ids the id of each row, or {@code null}
 * @param target the predicted column's name
 * @param task classification or regression
 * @param classes class names in index order (classification), else {@code null}
 * @param predictions the model's output
 */
public record PredictionTable(
    String idColumn, List<String> ids, String target, TaskType task, List<String> classes, Predictions predictions) {
  /** Decimal places of the probabilities written. */
  static final int PROBABILITY_DECIMALS = 6;

  public int size() {
    return predictions.size();
  }

  /** The output's header. */
  public List<String> header() {
    List<String> header = new ArrayList<>();
    if (idColumn != null) {
      header.add(idColumn);
    }
    header.add(target);
    if (task == TaskType.CLASSIFICATION && predictions.hasProbabilities()) {
      classes.forEach(c -> header.add("p_" + c));
    }
    return header;
  }

  /** The predicted value of a row, as written: a class name, or a number (empty when not finite). */
  public String value(int row) {
    double v = predictions.values()[row];
    return task == TaskType.CLASSIFICATION ? classes.get((int) v) : number(v);
  }

  private static String number(double v) {
    return Double.isFinite(v) ? BigDecimal.valueOf(v).toPlainString() : "";
  }

  /** Writes the table as CSV with a header line; {@code out} is flushed, not closed. */
  public void writeCsv(Appendable out) {
    try {
      // not closed: that would close out (e.g. standard output)
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
      printer.printRecord(header());
      boolean probabilities = task == TaskType.CLASSIFICATION && predictions.hasProbabilities();
      List<String> record = new ArrayList<>();
      for (int r = 0; r < size(); r++) {
        record.clear();
        if (idColumn != null) {
          record.add(ids.get(r));
        }
        record.add(value(r));
        if (probabilities) {
          for (double p : predictions.probabilities()[r]) {
            record.add(Double.isFinite(p)
                ? BigDecimal.valueOf(p).setScale(PROBABILITY_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                : "");
          }
        }
        printer.printRecord(record);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the predictions", e);
    }
  }
}
