package dev.verdict.cli;

import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Rating;
import dev.verdict.learn.rating.FairRating;
import dev.verdict.learn.rating.FairRatings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code verdict courses rate ID SCORE}: adds your rating of a course. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = {"Add your rating of a course, a score from 0 to 10.",
        "Your ratings are their own source ('you'), counted with the others in the course's fair rating."})
final class CourseRateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @Parameters(index = "0", paramLabel = "ID", description = "the course's id")
  String id;

  @Parameters(index = "1", paramLabel = "SCORE", description = "your score, from 0 to 10")
  double score;

  @Override
  public Integer call() {
    List<Course> all;
    try (CatalogStore store = CatalogStore.open(home.folder())) {
      store.addUserRating(id, score);
      all = store.courses();
    }
    Course course = all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    Rating yours = course.ratings().stream().filter(r -> r.source().equals(Rating.USER_SOURCE)).findFirst()
        .orElseThrow();
    Optional<FairRating> fair = FairRatings.of(course, FairRatings.catalogMean(all));
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "Rated %s %s/10. Your ratings of it: %d, mean %.1f.", course.id(),
        CourseText.number(score), yours.count(), yours.mean()));
    out.println("Fair rating now: " + CourseText.ratingText(fair));
    out.flush();
    return ExitCodes.OK;
  }
}
