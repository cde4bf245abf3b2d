package dev.verdict.cli;

import dev.verdict.run.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code verdict demo}: the whole job on a shipped sample (breast cancer Wisconsin, diagnosis). */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run Verdict end to end on a shipped sample table.",
        "The sample is the breast cancer Wisconsin (diagnostic) table, predicting the diagnosis (569 rows, 30 features)."
            + " Same options as 'run'; the budget defaults to 1m, and the learning curves are always measured."})
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "breast-cancer.csv";
  static final String TARGET = "diagnosis";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  RunSettings settings;

  @Override
  public Integer call() {
    Logging.configure(settings.verbose);
    Path data = sampleFile();
    boolean budgetGiven = spec.commandLine().getParseResult().hasMatchedOption("--budget");
    RunOptions options = new RunOptions(data, TARGET, null, null,
        budgetGiven ? settings.budgetOrDefault() : java.time.Duration.ofMinutes(1), settings.seed, settings.folds,
        settings.repeats,
        settings.out, settings.force, false, List.of(), settings.threads(), settings.verbose, !settings.noModel,
        !settings.sequential, true);
    return RunCommand.execute(spec.commandLine(), options, settings);
  }

  /** The shipped sample: samples/ in the working folder when present, else a copy of the one in the jar. */
  static Path sampleFile() {
    Path local = Path.of("samples", SAMPLE);
    if (Files.isRegularFile(local)) {
      return local;
    }
    try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the demo sample is missing from the jar");
      }
      Path dir = Files.createTempDirectory("verdict-demo");
      Path copy = dir.resolve(SAMPLE);
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      copy.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the demo sample", e);
    }
  }
}
