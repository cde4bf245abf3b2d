package dev.verdict.cli;

import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Level;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
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

  @Option(names = "--level", paramLabel = "LEVEL", description = "only this level: beginner, intermediate or advanced")
  Level level;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "only courses with this topic (case-insensitive)")
  String topic;

  @Option(names = "--provider", paramLabel = "NAME", description = "only this provider (case-insensitive)")
  String provider;

  @Option(names = "--free", description = "only courses known to be free")
  boolean free;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "rating",
      description = "rating (best fair rating first, unrated last) or title; default ${DEFAULT-VALUE}")
  Sort sort;

  @Override
  public Integer call() {
    List<Course> all;
    try (CatalogStore store = CatalogStore.open(home.folder())) {
      all = store.courses();
    }
    double catalogMean = FairRatings.catalogMean(all);
    List<RatedCourse> shown = FairRatings.rate(all).stream()
        .filter(c -> matches(c.course()))
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

  private boolean matches(Course c) {
    return (level == null || level == c.level())
        && (topic == null || c.topics().stream().anyMatch(t -> t.equalsIgnoreCase(topic.strip())))
        && (provider == null || (c.provider() != null && c.provider().equalsIgnoreCase(provider.strip())))
        && (!free || Boolean.TRUE.equals(c.free()));
  }
}
