package dev.verdict.learn.catalog;

import dev.verdict.BadInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A catalog file that cannot be imported: every problem found, each with its line and field. Nothing of
 * the file was imported. The command line maps it to exit code 2.
 */
public final class CatalogImportException extends BadInputException {
  private static final long serialVersionUID = 1L;
  /** How many problems the message lists; the rest are counted. */
  static final int MAX_LISTED = 20;

  private final transient List<ImportProblem> problems;

  CatalogImportException(Path file, List<ImportProblem> problems) {
    super(message(file, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<ImportProblem> problems() {
    return problems;
  }

  private static String message(Path file, List<ImportProblem> problems) {
    StringBuilder text = new StringBuilder()
        .append(file).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append("; nothing was imported");
    problems.stream().limit(MAX_LISTED).forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > MAX_LISTED) {
      text.append(System.lineSeparator()).append("  ... and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return text.toString();
  }
}
