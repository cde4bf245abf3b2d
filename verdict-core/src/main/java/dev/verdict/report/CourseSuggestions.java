package dev.verdict.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Courses for learning an approach, from a course catalog found on the class path with
 * {@link ServiceLoader} (verdict-learn provides one), so a run's summary can end with where to learn
 * the recommended approach without the modelling code depending on the catalog.
 */
public interface CourseSuggestions {
  /**
   * Up to {@code limit} courses for the approach, best first, from catalog facts only.
   *
   * @param approach {@code classical} or {@code deep}
   */
  List<SuggestedCourse> forApproach(String approach, int limit);

  /**
   * One course as the catalog has it.
   *
   * @param id the catalog id ({@code verdict courses show ID})
   * @param title its title
   * @param provider who offers it, or {@code null} when not known
   * @param level beginner, intermediate or advanced, or {@code null} when not known
   * @param rating its fair rating in words, e.g. "9.8/10 (count unknown)", or "unrated"
   */
  record SuggestedCourse(String id, String title, String provider, String level, String rating) {}

  /**
   * The first catalog's courses for the recommended approach, then for the other, at most {@code limit}
   * each, in that order (approaches without courses left out); empty when there is no catalog on the
   * class path or it fails (a catalog that fails costs only the suggestions, never a run or a report).
   *
   * @param recommended {@code classical} or {@code deep}
   */
  static Map<String, List<SuggestedCourse>> forVerdict(String recommended, int limit) {
    Map<String, List<SuggestedCourse>> out = new LinkedHashMap<>();
    try {
      Optional<CourseSuggestions> catalog = discover();
      if (catalog.isEmpty()) {
        return out;
      }
      for (String approach : List.of(recommended, recommended.equals("deep") ? "classical" : "deep")) {
        List<SuggestedCourse> courses = catalog.get().forApproach(approach, limit);
        if (!courses.isEmpty()) {
          out.put(approach, List.copyOf(courses));
        }
      }
      return out;
    } catch (RuntimeException | java.util.ServiceConfigurationError e) {
      return new LinkedHashMap<>();
    }
  }

  /** The first catalog on the class path, if any. */
  static Optional<CourseSuggestions> discover() {
    return ServiceLoader.load(CourseSuggestions.class).findFirst();
  }
}
