package dev.verdict.cli;

import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.LearnHome;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --home} option of the course commands: the data folder that holds {@code learn.db}. */
final class HomeOption {
  @Option(names = "--home", paramLabel = "DIR",
      description = "data folder holding the course database learn.db (default: $VERDICT_HOME, else ~/.verdict)")
  Path home;

  /** Every course of the catalog in the data folder (created and filled on first use). */
  List<Course> courses() {
    try (CatalogStore store = CatalogStore.open(folder())) {
      return store.courses();
    }
  }

  /** The data folder to use. */
  Path folder() {
    return LearnHome.resolve(home);
  }
}
