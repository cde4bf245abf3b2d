package dev.verdict.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code verdict courses}: the course catalog, its search, its fair ratings, your ratings and imports. */
@Command(name = "courses", mixinStandardHelpOptions = true,
    description = {"Browse, search, rate and import courses.",
        "The catalog lives in learn.db in the data folder (--home, else $VERDICT_HOME, else ~/.verdict); the first"
            + " use fills it with the catalog shipped with Verdict. Ratings are shown on 0-10 as a fair rating (a"
            + " Bayesian average) with their count; a course no source rated is 'unrated'."},
    subcommands = {CourseListCommand.class, CourseSearchCommand.class, CourseShowCommand.class, CourseRateCommand.class,
        CourseImportCommand.class})
final class CoursesCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
