package dev.verdict.report;

import dev.verdict.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A file of the run folder rendered from the result alone (such as the HTML report), written with
 * {@code result.json}. Implementations are found on the class path with {@link ServiceLoader} (list
 * them in {@code META-INF/services/dev.verdict.report.RunRenderer}), so the modelling code does not
 * depend on how results are drawn.
 */
public interface RunRenderer {
  /** The file's name in the run folder, e.g. {@code report.html}. */
  String fileName();

  /** The file's content (UTF-8 text). */
  String render(RunResult result);

  /** Every renderer on the class path. */
  static List<RunRenderer> discover() {
    List<RunRenderer> found = new ArrayList<>();
    ServiceLoader.load(RunRenderer.class).forEach(found::add);
    return List.copyOf(found);
  }
}
