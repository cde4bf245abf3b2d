package dev.verdict.cli;

import dev.verdict.model.TaskType;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The data a command works on: the file, the target and how to read it. Shared by profile and run. */
final class DataOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file (delimiter detected; header row required)")
  Path file;

  @Option(names = {"-t", "--target"}, required = true, paramLabel = "COLUMN", description = "the column to predict")
  String target;

  @Option(names = "--task", paramLabel = "TASK", description = "classification or regression (default: inferred from the target)")
  TaskType task;

  @Option(names = "--lenient", description = "read non-numeric values in mostly numeric columns as missing")
  boolean lenient;
}
