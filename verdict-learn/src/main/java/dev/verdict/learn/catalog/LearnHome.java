package dev.verdict.learn.catalog;

import java.nio.file.Path;

/**
 * The user's Verdict data folder, which holds the course database: {@code --home} when given, else the
 * {@code VERDICT_HOME} environment variable, else {@code ~/.verdict}.
 */
public final class LearnHome {
  /** The environment variable that moves the data folder. */
  public static final String ENV = "VERDICT_HOME";

  private LearnHome() {}

  /** The data folder: {@code option} if not null, else {@code $VERDICT_HOME}, else {@code ~/.verdict}. */
  public static Path resolve(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".verdict");
  }
}
