package dev.verdict.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.BadInputException;
import dev.verdict.report.html.HtmlReport;
import dev.verdict.report.html.ReportFile;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verdict report}: a run folder's {@code report.html}, rendered again from its {@code result.json}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a run folder's report.html again from its result.json.",
        "The report is one self-contained HTML page (no script, nothing fetched): the verdict, the learning curves,"
            + " the data profile, the advice against what the data said, the leaderboard with charts, how the recommended"
            + " model errs, warnings and provenance. `verdict run` writes it too; use this command after an upgrade of"
            + " the report, or when the run could not write it. Prints the report's path."})
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run folder that `verdict run` wrote")
  Path folder;

  @Override
  public Integer call() {
    Logging.configure(false);
    RunResult result = read(folder);
    Path target = folder.resolve(ReportFile.FILE_NAME);
    String html = HtmlReport.render(result);
    try {
      AtomicFile.write(target, w -> w.write(html));
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + " (" + e + "); check that the folder is writable", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(target);
    out.flush();
    return ExitCodes.OK;
  }

  /** The run's result, or bad input naming the file and what to do. */
  static RunResult read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(folder + ": no such folder; give the run folder that 'verdict run' wrote");
    }
    Path json = folder.resolve("result.json");
    if (!Files.isRegularFile(json)) {
      throw new BadInputException(json + ": not found; give a run folder that 'verdict run' wrote (it holds result.json)");
    }
    JsonNode tree;
    try {
      tree = ResultJson.mapper().readTree(json.toFile());
    } catch (JsonProcessingException e) {
      throw new BadInputException(json + ": not valid JSON (" + e.getOriginalMessage() + ", line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "); run 'verdict run' again to write it", e);
    } catch (IOException e) {
      throw new BadInputException(json + ": cannot be read (" + e + ")", e);
    }
    JsonNode version = tree == null ? null : tree.get("schemaVersion");
    if (version == null || !version.canConvertToInt()) {
      throw new BadInputException(json + ": not a Verdict result (no schemaVersion); give a run folder that 'verdict run'"
          + " wrote");
    }
    if (version.intValue() != RunResult.SCHEMA_VERSION) {
      throw new BadInputException(String.format(Locale.ROOT, "%s: schema version %d, but this Verdict reads version %d;"
          + " run 'verdict run' again with this version, or use the Verdict that wrote it", json, version.intValue(),
          RunResult.SCHEMA_VERSION));
    }
    try {
      return ResultJson.mapper().treeToValue(tree, RunResult.class);
    } catch (JsonProcessingException e) {
      throw new BadInputException(json + ": not a readable Verdict result (" + e.getOriginalMessage()
          + "); run 'verdict run' again to write it", e);
    }
  }
}
