package dev.verdict.learn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search by words and meaning, fused by reciprocal rank fusion, over the shipped catalog. The embedding
 * model (all-MiniLM-L6-v2) comes from a Maven jar and runs in-process: these tests need no network.
 */
class HybridSearchTest {
  private static final int ALL = 100;
  /** The beginner courses that teach programming in Python. */
  private static final Set<String> BEGINNER_PYTHON =
      Set.of("python-for-everybody", "cs50p", "kaggle-learn-python", "mit-6-0001");
  private static List<Course> catalog = ShippedCatalog.COURSES;
  private static CourseIndex index;

  @BeforeAll
  static void build() {
    index = CourseIndex.hybrid(catalog);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(SearchResult result) {
    return result.courseIds();
  }

  private static Course course(String id) {
    return ShippedCatalog.course(id);
  }

  @Test
  void aParaphraseWithoutTheCoursesWordsFindsABeginnerPythonCourse() {
    SearchResult r = index.search("learn to program for the first time", SearchFilter.NONE, 3);
    assertTrue(ids(r).stream().anyMatch(BEGINNER_PYTHON::contains), ids(r).toString());
    assertTrue(r.hits().stream().anyMatch(h -> h.semanticRank().isPresent()), r.hits().toString());
  }

  @Test
  void theLexicalExamplesStillRankFirst() {
    assertEquals(Set.of("python-for-everybody", "cs50p", "kaggle-learn-python"),
        Set.copyOf(ids(index.search("python beginner", SearchFilter.NONE, 3))));
    SearchHit first = index.search("deep learning computer vision", SearchFilter.NONE, 3).hits().get(0);
    assertEquals("cs231n", first.courseId());
    assertEquals(1, first.lexicalRank().orElseThrow());
    assertEquals(1, first.semanticRank().orElseThrow());
    assertEquals(2.0 / (CourseIndex.RRF_K + 1), first.score(), 1e-12, "first in both rankings");
  }

  @Test
  void nonsenseFindsNothingByWordsOrMeaning() {
    for (String text : List.of("zxqv blorf", "asdf qwer", "cooking italian pasta")) {
      SearchResult r = index.search(text, SearchFilter.NONE, 10);
      assertTrue(r.isEmpty(), text + ": " + r.hits());
    }
  }

  @Test
  void filtersApplyToMatchesByMeaningToo() {
    SearchResult r = index.search("learn to program for the first time",
        new SearchFilter(Level.BEGINNER, null, null, true), ALL);
    assertFalse(r.isEmpty());
    for (SearchHit h : r.hits()) {
      assertEquals(Level.BEGINNER, course(h.courseId()).level(), h.courseId());
      assertEquals(Boolean.TRUE, course(h.courseId()).free(), h.courseId());
    }
    assertEquals(Map.of("beginner", r.totalMatches()), r.facets().level());
  }

  @Test
  void matchesAreTheUnionOfBothRankingsAndFacetsCountThemAll() {
    SearchResult lexicalOnly;
    try (CourseIndex lexical = CourseIndex.of(catalog)) {
      lexicalOnly = lexical.search("learn to program for the first time", SearchFilter.NONE, ALL);
    }
    SearchResult r = index.search("learn to program for the first time", SearchFilter.NONE, ALL);
    assertTrue(r.totalMatches() >= lexicalOnly.totalMatches());
    assertTrue(Set.copyOf(ids(r)).containsAll(ids(lexicalOnly)));
    assertEquals(r.totalMatches(), r.hits().size());
    int n = r.totalMatches();
    assertEquals(n, r.facets().level().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(n, r.facets().free().values().stream().mapToInt(Integer::intValue).sum());
    for (SearchHit h : r.hits()) {
      assertTrue(h.lexicalRank().isPresent() || h.semanticRank().isPresent(), h.toString());
      assertEquals(h.lexicalRank().isPresent(), !h.matchedFields().isEmpty(), h.toString());
    }
    for (int i = 1; i < r.hits().size(); i++) {
      assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score(), r.hits().toString());
    }
  }

  @Test
  void reciprocalRankFusionAddsOneOverKPlusRank() {
    Map<String, Double> fused = CourseIndex.fuse(List.of("a", "b", "c"), List.of("c", "d"));
    double k = CourseIndex.RRF_K;
    assertEquals(1 / (k + 1), fused.get("a"), 1e-12);
    assertEquals(1 / (k + 2), fused.get("b"), 1e-12);
    assertEquals(1 / (k + 3) + 1 / (k + 1), fused.get("c"), 1e-12);
    assertEquals(1 / (k + 2), fused.get("d"), 1e-12);
    assertEquals(Set.of("a", "b", "c", "d"), fused.keySet());
  }
}
