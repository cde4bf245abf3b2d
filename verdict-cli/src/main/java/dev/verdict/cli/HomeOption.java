package dev.verdict.cli;

import dev.verdict.learn.catalog.LearnHome;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home} option of the course commands: the data folder that holds {@code learn.db}. */
final class HomeOption {
  @Option(names = "--home", paramLabel = "DIR",
      description = "data folder holding the course database learn.db (default: $VERDICT_HOME, else ~/.verdict)")
  Path home;

  /** The data folder to use. */
  Path folder() {
    return LearnHome.resolve(home);
  }
}
