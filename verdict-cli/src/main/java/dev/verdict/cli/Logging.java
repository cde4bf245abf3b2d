package dev.verdict.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Silences third-party logging (Tribuo, XGBoost4J, LibSVM go through java.util.logging or print
 * directly) unless {@code --verbose}.
 */
final class Logging {
  private static volatile boolean verbose;

  private Logging() {}

  static void configure(boolean beVerbose) {
    verbose = beVerbose;
    Logger root = LogManager.getLogManager().getLogger("");
    root.setLevel(beVerbose ? Level.INFO : Level.OFF);
    for (var handler : root.getHandlers()) {
      handler.setLevel(beVerbose ? Level.INFO : Level.OFF);
    }
  }

  static boolean isVerbose() {
    return verbose;
  }
}
