package dev.verdict.report.html;

import dev.verdict.report.RunRenderer;
import dev.verdict.result.RunResult;

/**
 * {@code report.html} in the run folder: {@link HtmlReport} as a {@link RunRenderer}, found with
 * {@link java.util.ServiceLoader} when this module is on the class path.
 */
public final class ReportFile implements RunRenderer {
  /** The report's file name in the run folder. */
  public static final String FILE_NAME = "report.html";

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public String render(RunResult result) {
    return HtmlReport.render(result);
  }
}
