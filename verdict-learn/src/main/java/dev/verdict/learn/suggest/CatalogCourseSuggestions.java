package dev.verdict.learn.suggest;

import dev.verdict.learn.catalog.CatalogReader;
import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.LearnHome;
import dev.verdict.learn.rating.FairRating;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import dev.verdict.report.CourseSuggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog's courses for an approach: classical ML = courses on machine learning that are not about
 * deep learning or MLOps; deep learning = courses on deep learning. Best fair rating first (unrated
 * last), then courses whose first topic is the approach, then beginner before intermediate before
 * advanced, then title. Reads the user's catalog when
 * it exists (with their imports and ratings) and never creates it; else the shipped catalog.
 */
public final class CatalogCourseSuggestions implements CourseSuggestions {
  private final Path home;

  /** Suggestions from the catalog in the data folder ({@link LearnHome}). */
  public CatalogCourseSuggestions() {
    this(null);
  }

  /** Suggestions from the catalog in {@code home} ({@code null}: the default data folder). */
  public CatalogCourseSuggestions(Path home) {
    this.home = home;
  }

  @Override
  public List<SuggestedCourse> forApproach(String approach, int limit) {
    List<Course> all = courses();
    Comparator<RatedCourse> order = Comparator.comparing((RatedCourse c) -> c.rating().isEmpty())
        .thenComparing(Comparator.comparingDouble((RatedCourse c) -> c.rating().map(r -> -r.weighted()).orElse(0.0)))
        .thenComparing(c -> !primaryTopic(c.course(), approach))
        .thenComparingInt(c -> c.course().level() == null ? 9 : c.course().level().ordinal())
        .thenComparing(c -> c.course().title());
    return FairRatings.rate(all).stream()
        .filter(c -> fits(c.course(), approach))
        .sorted(order)
        .limit(limit)
        .map(c -> new SuggestedCourse(c.course().id(), c.course().title(), c.course().provider(),
            c.course().level() == null ? null : c.course().level().label(),
            c.rating().map(FairRating::outOfTen).orElse("unrated")))
        .toList();
  }

  /** Whether the course's first topic is the approach's own (a course about it, not one touching it). */
  public static boolean primaryTopic(Course c, String approach) {
    return !c.topics().isEmpty() && c.topics().get(0).equals(approach.equals("deep") ? "deep learning" : "machine learning");
  }

  /** Whether the course teaches the approach: "classical" (machine learning, not deep learning or MLOps) or "deep". */
  public static boolean fits(Course c, String approach) {
    boolean deep = c.topics().contains("deep learning");
    return approach.equals("deep") ? deep
        : c.topics().contains("machine learning") && !deep && !c.topics().contains("mlops");
  }

  private List<Course> courses() {
    Path folder = LearnHome.resolve(home);
    if (Files.isRegularFile(folder.resolve(CatalogStore.FILE_NAME))) {
      try (CatalogStore store = CatalogStore.open(folder)) {
        return store.courses();
      }
    }
    return CatalogReader.shipped();
  }
}
