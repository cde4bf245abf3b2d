package dev.verdict.cli;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import dev.verdict.learn.search.SearchFilter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verdict courses list}: the courses as a table, filtered and sorted. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"List the courses: id, title, provider, level, free, and the fair rating on 0-10.",
        "Filters combine; --free keeps only courses known to be free."})
final class CourseListCommand implements Callable<Integer> {
  /** How a list is ordered. */
  enum Sort { RATING, TITLE }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @CommandLine.Mixin
  CourseFilterOptions filters;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "rating",
      description = "rating (best fair rating first, unrated last) or title; default ${DEFAULT-VALUE}")
  Sort sort;

  @Override
  public Integer call() {
    List<Course> all = home.courses();
    double catalogMean = FairRatings.catalogMean(all);
    SearchFilter filter = filters.filter();
    List<RatedCourse> shown = FairRatings.rate(all).stream()
        .filter(c -> filter.matches(c.course()))
        .sorted(sort == Sort.TITLE ? RatedCourse.BY_TITLE : RatedCourse.BY_RATING)
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (shown.isEmpty()) {
      out.println("No course matches (" + all.size() + " in the catalog).");
    } else {
      out.print(CourseText.table(shown));
      out.println();
      out.println(CourseText.footer(shown.size(), all.size(), catalogMean));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
