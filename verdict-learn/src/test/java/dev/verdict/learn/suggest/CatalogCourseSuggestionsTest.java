package dev.verdict.learn.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.learn.catalog.CatalogReader;
import dev.verdict.learn.catalog.CatalogStore;
import dev.verdict.learn.catalog.Course;
import dev.verdict.report.CourseSuggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCourseSuggestionsTest {
  @TempDir
  Path home;

  @Test
  void eachApproachGetsItsOwnCoursesFromTheCatalogOnly() {
    CatalogCourseSuggestions suggestions = new CatalogCourseSuggestions(home);
    Set<String> ids = CatalogReader.shipped().stream().map(Course::id).collect(Collectors.toSet());
    List<CourseSuggestions.SuggestedCourse> classical = suggestions.forApproach("classical", 3);
    List<CourseSuggestions.SuggestedCourse> deep = suggestions.forApproach("deep", 3);
    assertEquals(3, classical.size());
    assertEquals(3, deep.size());
    for (var c : classical) {
      assertTrue(ids.contains(c.id()), c.id());
      Course course = CatalogReader.shipped().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
      assertTrue(course.topics().contains("machine learning") && !course.topics().contains("deep learning"), c.id());
      assertEquals("unrated", c.rating(), "the catalog has no rating for it: none is invented");
    }
    assertEquals("beginner", classical.get(0).level(), "courses about the approach, beginners first, among the unrated");
    assertTrue(Set.of("ml-specialization", "google-ml-crash-course", "kaggle-intro-ml").contains(classical.get(0).id()),
        classical.get(0).id());
    assertEquals("deep-learning-specialization", deep.get(0).id(), "about deep learning, intermediate, first by title");
    for (var c : deep) {
      assertTrue(ids.contains(c.id()), c.id());
    }
    assertFalse(Files.exists(home.resolve(CatalogStore.FILE_NAME)), "reading suggestions never creates the user's catalog");
  }

  @Test
  void theUsersRatingsRankTheirCatalog() {
    try (CatalogStore store = CatalogStore.open(home)) {
      store.addUserRating("fastai-practical-dl", 10);
    }
    List<CourseSuggestions.SuggestedCourse> deep = new CatalogCourseSuggestions(home).forApproach("deep", 2);
    assertEquals("fastai-practical-dl", deep.get(0).id(), "the only rated deep-learning course comes first");
    assertTrue(deep.get(0).rating().startsWith("10.0/10") || deep.get(0).rating().contains("/10"), deep.get(0).rating());
  }

  @Test
  void theCatalogIsFoundOnTheClassPath() {
    assertTrue(CourseSuggestions.discover().orElseThrow() instanceof CatalogCourseSuggestions);
  }
}
