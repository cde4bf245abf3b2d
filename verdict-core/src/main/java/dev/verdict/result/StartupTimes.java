package dev.verdict.result;

import java.util.Map;

/**
 * Start-up costs that are no model's fit time, reported apart so timings compare fairly.
 *
 * @param jvmSeconds seconds from the JVM's start to the run's start (JVM start-up, class loading and
 *     argument parsing for the command line; the JVM's age for an embedded API call)
 * @param families family id → seconds to start its engine (e.g. loading PyTorch's native library),
 *     for the families that have one
 */
public record StartupTimes(double jvmSeconds, Map<String, Double> families) {
  public StartupTimes {
    families = Map.copyOf(families);
  }
}
