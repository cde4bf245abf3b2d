package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.rating.FairRatings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verdict courses show ID}: every known field of one course, each rating source and the fair rating. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Show one course: every field ('-' where unknown), each rating source on its own scale,"
        + " the fair rating on 0-10, and whether the fields were checked against the provider's page."})
final class CourseShowCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @Parameters(index = "0", paramLabel = "ID", description = "the course's id, as `verdict courses list` shows it")
  String id;

  @Override
  public Integer call() {
    List<Course> all = home.courses();
    Course course = all.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new BadInputException("no course '" + id + "'; `verdict courses list` shows the ids"));
    double catalogMean = FairRatings.catalogMean(all);
    PrintWriter out = spec.commandLine().getOut();
    out.print(CourseText.details(course, FairRatings.of(course, catalogMean), catalogMean));
    out.flush();
    return ExitCodes.OK;
  }
}
