package dev.verdict.cli;

import dev.verdict.learn.catalog.CatalogReader;
import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verdict courses import FILE}: adds or updates courses from a CSV or JSON file, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Add or update courses from a .csv or .json file, all or nothing.",
        "JSON: an object with a \"courses\" list (as the shipped catalog) or a bare list of courses. CSV: a header of"
            + " field names (id, title, provider, institution, url, summary, topics, skills, level, prerequisites,"
            + " language, durationHours, weeklyHours, free, price, certificate, lastUpdated, format, checked), lists"
            + " separated by ';', and at most one rating per row in rating_source, rating_scale, rating_mean,"
            + " rating_count, rating_histogram.",
        "Every row is validated; if any has a problem, each is reported with its line and field, nothing is"
            + " imported, and the exit code is 2. An imported course replaces the stored one with the same id; the"
            + " stored ratings of other sources, and yours, are kept."})
final class CourseImportCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @Parameters(index = "0", paramLabel = "FILE", description = "a .csv or .json file of courses")
  Path file;

  @Override
  public Integer call() {
    List<Course> courses = CatalogReader.read(file);
    ImportResult result;
    try (CatalogStore store = CatalogStore.open(home.folder())) {
      result = store.upsert(courses);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Imported " + courses.size() + (courses.size() == 1 ? " course" : " courses") + " from " + file
        + ": " + result.added() + " added, " + result.updated() + " updated.");
    out.flush();
    return ExitCodes.OK;
  }
}
