package dev.verdict.classical.tribuo;

/** Routes LibSVM's and LibLinear's console output away unless the run is verbose. */
final class Quiet {
  private Quiet() {}

  static synchronized void apply(boolean verbose) {
    if (verbose) {
      libsvm.svm.svm_set_print_string_function(null);
      de.bwaldvogel.liblinear.Linear.enableDebugOutput();
    } else {
      libsvm.svm.svm_set_print_string_function(s -> {});
      de.bwaldvogel.liblinear.Linear.disableDebugOutput();
    }
  }
}
