package dev.verdict.cli;

import dev.verdict.Verdict;
import dev.verdict.profile.DataProfile;
import dev.verdict.report.ProfileText;
import dev.verdict.result.ResultJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verdict profile}: the data profile and the rule-of-thumb advice, instantly. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profile a table and give the rule-of-thumb advice, instantly.",
        "Rows, column types, missing values, duplicates, the task, class balance or target distribution, warnings"
            + " (identifiers, leakage, imbalance), and the rule-of-thumb advice with its sources."})
final class ProfileCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DataOptions data;

  @Option(names = "--json", description = "print the profile as JSON")
  boolean json;

  @Override
  public Integer call() {
    Logging.configure(false);
    DataProfile profile = Verdict.profile(data.file, data.target, data.task, data.lenient);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ResultJson.toJson(profile) + System.lineSeparator() : ProfileText.render(profile));
    out.flush();
    return ExitCodes.OK;
  }
}
