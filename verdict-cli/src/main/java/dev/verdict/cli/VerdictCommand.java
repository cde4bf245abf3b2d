package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.result.ProvenanceFactory;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code verdict} command. */
@Command(
    name = "verdict",
    mixinStandardHelpOptions = true,
    versionProvider = VerdictCommand.Version.class,
    description = {
        "Classical machine learning or deep learning? Verdict answers with evidence from your own data:",
        "it profiles the data, trains strong models of both families on the same folds, and compares them honestly."
    },
    subcommands = {DemoCommand.class, ProfileCommand.class, RunCommand.class, CurveCommand.class, ReportCommand.class, PredictCommand.class,
        CoursesCommand.class, AskCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 software error, 2 bad usage or input, 130 interrupted."})
public final class VerdictCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line with Verdict's error handling: bad input → one line and exit 2; bugs → exit 1. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new VerdictCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof BadInputException) {
        err.println("verdict: " + ex.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.println("verdict: internal error: " + ex);
      if (Logging.isVerbose()) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --verbose for the stack trace, and please report it)");
      }
      err.flush();
      return ExitCodes.SOFTWARE;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter err = c.getErr();
      err.println("verdict: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    });
    return cl;
  }

  /** Prints Verdict's version, revision and the JVM it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          "verdict " + ProvenanceFactory.version() + " (revision " + ProvenanceFactory.gitRevision() + ")",
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
              + System.getProperty("os.name") + " " + System.getProperty("os.arch")
      };
    }
  }
}
