package dev.verdict.cli;

import dev.verdict.Verdict;
import dev.verdict.model.TaskType;
import dev.verdict.profile.DataProfile;
import dev.verdict.report.ProfileText;
import dev.verdict.result.ResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verdict profile}: the data profile and the rule-of-thumb advice, instantly. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profile a table: rows, column types, missing values, duplicates, the task, class balance or target",
        "distribution, warnings (identifiers, leakage, imbalance), and the rule-of-thumb advice with its sources."})
final class ProfileCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file (delimiter detected; header row required)")
  Path file;

  @Option(names = {"-t", "--target"}, required = true, paramLabel = "COLUMN", description = "the column to predict")
  String target;

  @Option(names = "--task", paramLabel = "TASK", description = "classification or regression (default: inferred from the target)")
  TaskType task;

  @Option(names = "--json", description = "print the profile as JSON")
  boolean json;

  @Option(names = "--lenient", description = "read non-numeric values in mostly numeric columns as missing")
  boolean lenient;

  @Override
  public Integer call() {
    Logging.configure(false);
    DataProfile profile = Verdict.profile(file, target, task, lenient);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ResultJson.toJson(profile) + System.lineSeparator() : ProfileText.render(profile));
    out.flush();
    return ExitCodes.OK;
  }
}
