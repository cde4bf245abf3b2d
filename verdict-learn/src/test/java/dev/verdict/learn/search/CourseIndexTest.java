package dev.verdict.learn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BM25 search over the shipped catalog: ranking, filters, facet counts, and text that must not break it. */
class CourseIndexTest {
  private static final int ALL = 100;
  private static List<Course> catalog = ShippedCatalog.COURSES;
  private static CourseIndex index;

  @BeforeAll
  static void build() {
    index = CourseIndex.of(catalog);
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

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void indexesTheWholeCatalog() {
    assertEquals(catalog.size(), index.size());
  }

  @Test
  void beginnerPythonCoursesRankFirst() {
    SearchResult r = index.search("python beginner", SearchFilter.NONE, 3);
    assertEquals(Set.of("python-for-everybody", "cs50p", "kaggle-learn-python"), Set.copyOf(ids(r)), ids(r).toString());
    assertEquals(List.of(1, 2, 3), r.hits().stream().map(SearchHit::rank).toList());
    assertTrue(r.totalMatches() >= 3);
  }

  @Test
  void computerVisionFindsCs231nFirst() {
    SearchResult r = index.search("deep learning computer vision", SearchFilter.NONE, 3);
    assertEquals("cs231n", r.hits().get(0).courseId(), ids(r).toString());
    assertTrue(r.hits().get(0).matchedFields().contains("title"), r.hits().get(0).toString());
  }

  @Test
  void hitsAreOrderedByScore() {
    List<SearchHit> hits = index.search("machine learning", SearchFilter.NONE, ALL).hits();
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
    }
  }

  @Test
  void limitCutsTheHitsButNotTheCountOrFacets() {
    SearchResult all = index.search("learning", SearchFilter.NONE, ALL);
    SearchResult two = index.search("learning", SearchFilter.NONE, 2);
    assertTrue(all.totalMatches() > 2);
    assertEquals(2, two.hits().size());
    assertEquals(all.totalMatches(), two.totalMatches());
    assertEquals(all.facets(), two.facets());
    assertEquals(ids(all).subList(0, 2), ids(two));
  }

  @Test
  void levelFilterKeepsOnlyThatLevel() {
    SearchResult r = index.search("learning", new SearchFilter(Level.ADVANCED, null, null, false), ALL);
    assertFalse(r.isEmpty());
    r.hits().forEach(h -> assertEquals(Level.ADVANCED, course(h.courseId()).level(), h.courseId()));
    assertEquals(Map.of("advanced", r.totalMatches()), r.facets().level());
    assertTrue(r.totalMatches() < index.search("learning", SearchFilter.NONE, ALL).totalMatches());
  }

  @Test
  void freeFilterKeepsOnlyCoursesKnownToBeFree() {
    SearchResult r = index.search("python", new SearchFilter(null, null, null, true), ALL);
    assertFalse(r.isEmpty());
    r.hits().forEach(h -> assertEquals(Boolean.TRUE, course(h.courseId()).free(), h.courseId()));
    assertEquals(Map.of("yes", r.totalMatches()), r.facets().free());
  }

  @Test
  void topicAndProviderFiltersMatchWholeNamesIgnoringCase() {
    Course cs231n = course("cs231n");
    String topic = cs231n.topics().get(0).toUpperCase();
    SearchResult byTopic = index.search("vision", new SearchFilter(null, " " + topic + " ", null, false), ALL);
    assertTrue(ids(byTopic).contains("cs231n"), ids(byTopic).toString());
    byTopic.hits().forEach(h -> assertTrue(course(h.courseId()).topics().stream().anyMatch(topic::equalsIgnoreCase)));

    String provider = cs231n.provider().toLowerCase();
    SearchResult byProvider = index.search("learning", new SearchFilter(null, null, provider, false), ALL);
    assertTrue(ids(byProvider).contains("cs231n"), ids(byProvider).toString());
    byProvider.hits().forEach(h -> assertTrue(provider.equalsIgnoreCase(course(h.courseId()).provider())));

    assertTrue(index.search("learning", new SearchFilter(null, null, provider.substring(0, 3), false), ALL).isEmpty(),
        "part of a name does not match");
  }

  @Test
  void facetCountsAddUpToTheMatches() {
    SearchResult r = index.search("data", SearchFilter.NONE, 1);
    int n = r.totalMatches();
    assertTrue(n > 1);
    assertEquals(n, sum(r.facets().level()));
    assertEquals(n, sum(r.facets().provider()));
    assertEquals(n, sum(r.facets().free()));
    r.facets().topic().values().forEach(count -> assertTrue(count >= 1 && count <= n));
    List<Integer> counts = List.copyOf(r.facets().provider().values());
    for (int i = 1; i < counts.size(); i++) {
      assertTrue(counts.get(i - 1) >= counts.get(i), "largest first: " + r.facets().provider());
    }
  }

  @Test
  void hostileTextNeitherThrowsNorNeedsEscaping() {
    for (String text : List.of("C++ (AND OR", "\"unbalanced", "title:python^10", "NOT python", "*", "a AND",
        "python)", "[1 TO 5}", "~~~ ?? \\ / ! {", "deep-learning && || !")) {
      try {
        index.search(text, SearchFilter.NONE, 5);
      } catch (BadInputException e) {
        assertTrue(e.getMessage().contains("no word to search for"), text + ": " + e.getMessage());
      }
    }
    assertTrue(ids(index.search("NOT python", SearchFilter.NONE, ALL)).contains("cs50p"), "NOT is a plain word");
  }

  @Test
  void nonsenseFindsNothing() {
    SearchResult r = index.search("zxqv blorf", SearchFilter.NONE, 10);
    assertTrue(r.isEmpty());
    assertTrue(r.hits().isEmpty());
    assertEquals(0, sum(r.facets().level()));
  }

  @Test
  void textWithoutWordsIsBadInput() {
    for (String text : new String[] {"", "   ", "the and of", "(+) -- !!", null}) {
      BadInputException e = assertThrows(BadInputException.class, () -> index.search(text, SearchFilter.NONE, 5),
          String.valueOf(text));
      assertTrue(e.getMessage().contains("no word to search for"), e.getMessage());
    }
  }
}
