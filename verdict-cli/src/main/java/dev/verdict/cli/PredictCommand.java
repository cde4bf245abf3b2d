package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.Verdict;
import dev.verdict.pipeline.PredictionTable;
import dev.verdict.pipeline.SavedPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verdict predict}: the saved model of a run, applied to new rows. */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = {"Predict new rows with the model a run saved.",
        "The model is the recommended family's, refitted on all the data. Columns are matched by name; extra columns,"
            + " the target included, are ignored. The output has the predicted value under the target's name and, for"
            + " classification, one probability column per class (p_<class>)."})
final class PredictCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, required = true, paramLabel = "RUN_DIR",
      description = "the run folder (or its model/ folder) that `verdict run` wrote")
  Path model;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file with the columns the model was trained on")
  Path file;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the predictions here (default: standard output)")
  Path out;

  @Option(names = "--id", paramLabel = "COLUMN", description = "copy this column into the output beside each prediction")
  String id;

  @Option(names = "--lenient", description = "read non-numeric values in numeric columns as missing")
  boolean lenient;

  @Option(names = "--force", description = "replace --out if it exists")
  boolean force;

  @Option(names = "--threads", paramLabel = "N", description = "threads for the model (default: all cores)")
  Integer threads;

  @Override
  public Integer call() {
    Logging.configure(false);
    if (out != null && Files.isDirectory(out)) {
      throw new BadInputException(out + " is a folder; give a file name for --out, e.g. " + out.resolve("predictions.csv"));
    }
    if (out != null && Files.exists(out) && !force) {
      throw new BadInputException(out + " already exists; choose another --out, or pass --force to replace it");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new BadInputException("--threads must be at least 1, got " + n);
    }
    try (SavedPipeline pipeline = Verdict.load(model, n)) {
      PredictionTable predictions = pipeline.predict(file, lenient, id);
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        predictions.writeCsv(stdout);
        stdout.flush();
      } else {
        writeAtomically(out, predictions);
        PrintWriter err = spec.commandLine().getErr();
        err.println(String.format(Locale.ROOT, "Wrote %,d predictions of '%s' by %s to %s",
            predictions.size(), predictions.target(), pipeline.manifest().modelId(), out));
        err.flush();
      }
    }
    return ExitCodes.OK;
  }

  /** Writes the predictions whole or not at all (see {@link AtomicFile}). */
  private static void writeAtomically(Path target, PredictionTable predictions) {
    try {
      AtomicFile.write(target, predictions::writeCsv);
    } catch (IOException e) {
      throw new BadInputException("cannot write the predictions to " + target + " (" + e + "); choose another --out", e);
    }
  }
}
