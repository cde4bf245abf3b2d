package dev.verdict.cli;

import picocli.CommandLine.Command;

/** {@code verdict curve}: a run with the learning curves, whatever the options say. */
@Command(name = "curve", mixinStandardHelpOptions = true,
    description = {"Would deep learning win with more data, and from what size? A run with learning curves.",
        "Same as 'run --curve': fits both families as 'run' does, then trains each family's selected model on nested,"
            + " stratified subsets of every training fold (8 sizes on a log scale), fits error(n) = a·n^(-b) + c to each"
            + " curve, predicts the score at 2×, 5× and 10× the data and estimates where deep learning would overtake"
            + " classical ML. The curves get 30%% of the budget."})
final class CurveCommand extends RunCommand {
  @Override
  boolean curveAlways() {
    return true;
  }
}
