package dev.verdict.learn.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Level;
import dev.verdict.learn.catalog.Rating;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assistant on a small made-up catalog searched by words, where every answer can be worked out by hand. */
class AssistantTest {
  private static Assistant assistant;

  private static Course course(String id, String title, Level level, List<String> topics, Double hours, Boolean free,
      Boolean certificate, String updated, Rating... ratings) {
    return new Course(id, title, "Provider " + id.charAt(0), null, "https://example.org/" + id, null, topics, List.of(),
        level, List.of(), "English", hours, null, free, null, certificate, updated, "course", List.of(ratings), false);
  }

  private static Rating tenPoint(double mean, long count) {
    return new Rating("site", 10, mean, count, null);
  }

  @BeforeAll
  static void open() {
    assistant = Assistant.of(List.of(
        course("py-a", "Python Basics", Level.BEGINNER, List.of("python"), 20.0, true, false, "2024-01"),
        course("py-b", "Python for Beginners", Level.BEGINNER, List.of("python"), 60.0, false, true, "2025-06",
            tenPoint(9.0, 500)),
        course("py-c", "Advanced Python", Level.ADVANCED, List.of("python"), null, null, null, null, tenPoint(9.9, 800)),
        course("ml-a", "Machine Learning Foundations", Level.BEGINNER, List.of("machine learning"), null, true, null, null),
        course("dl-a", "Deep Learning in Practice", Level.INTERMEDIATE, List.of("deep learning"), null, true, null, null),
        course("st-a", "Statistics", null, List.of("statistics"), null, null, null, null)), false);
  }

  @AfterAll
  static void close() {
    assistant.close();
  }

  @Test
  void bestRanksByRelevanceAndLetsRatingsBreakTies() {
    Answer a = assistant.ask("best python course for beginners");
    assertEquals(Intent.BEST, a.intent());
    assertEquals("beginner", a.level());
    // both beginner python courses hold the word in title and topic: the rated one wins the tie
    assertEquals(List.of("py-b", "py-a"), a.picks().stream().map(Pick::courseId).toList());
    // WR = 500/510 · 9.0 + 10/510 · C, C = (9.0 + 9.9) / 2
    assertEquals("9.0/10 (500 ratings)", a.picks().get(0).rating());
    assertEquals("unrated", a.picks().get(1).rating());
    assertTrue(a.text().contains("[py-b]"), a.text());
  }

  @Test
  void aBetterRatingNeverOutranksMoreRelevance() {
    Answer a = assistant.ask("basic python");
    assertEquals(List.of("py-a"), a.picks().stream().map(Pick::courseId).toList(),
        "only it holds both words; the better rated ones hold one and, searched by words only, do not answer");
  }

  @Test
  void freeKeepsOnlyCoursesKnownToBeFree() {
    Answer a = assistant.ask("free python course");
    assertEquals(List.of("py-a"), a.picks().stream().map(Pick::courseId).toList());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("free")));
  }

  @Test
  void aLevelWithNoCourseFallsBackToTheNearestLevelsAndSaysSo() {
    Answer a = assistant.ask("advanced machine learning course");
    assertEquals(List.of("ml-a"), a.picks().stream().map(Pick::courseId).toList());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("No matching course is marked advanced")), a.notes().toString());
  }

  @Test
  void nothingFitsMeansNothingCited() {
    for (String q : List.of("best knitting course", "asdf qwerty", "compare yoga courses", "guitar vs piano")) {
      Answer a = assistant.ask(q);
      assertFalse(a.found(), q);
      assertTrue(a.citedIds().isEmpty(), q);
      assertTrue(a.text().startsWith("No course in the catalog matches"), a.text());
    }
  }

  @Test
  void compareViewIsBuiltFromTheRecordsFields() {
    Answer a = assistant.ask("compare python courses");
    CompareView view = a.compare();
    assertNotNull(view);
    assertEquals(List.of("py-c", "py-b", "py-a"), view.courseIds(), "equally relevant: best rated first, unrated last");
    CompareView.Row hours = view.rows().stream().filter(r -> r.field().equals("hours")).findFirst().orElseThrow();
    assertEquals(List.of("–", "60", "20"), hours.values());
    String differences = String.join(" ", view.differences());
    assertTrue(differences.contains("Levels differ"), differences);
    assertTrue(differences.contains("[py-a] is the shortest (20 h), [py-b] the longest (60 h)"), differences);
    assertTrue(differences.contains("Known to be free: [py-a]; not free: [py-b]; unknown for the others"), differences);
  }

  @Test
  void versusFindsCoursesByIdAndByTitle() {
    Answer a = assistant.ask("py-a vs Deep Learning in Practice");
    assertEquals(Intent.VERSUS, a.intent());
    assertEquals(List.of("py-a", "dl-a"), a.picks().stream().map(Pick::courseId).toList());
    assertEquals(2, a.compare().courseIds().size());
  }

  /** "Coursera vs edX": counts from the catalog per provider and each one's best rated course, side by side. */
  @Test
  void versusOfTwoProvidersComparesWhatTheCatalogHoldsFromEach() {
    Answer a = assistant.ask("Provider P vs provider-d");
    assertEquals(Intent.VERSUS, a.intent());
    assertEquals(List.of("py-c", "dl-a"), a.picks().stream().map(Pick::courseId).toList());
    assertEquals(List.of("py-c", "dl-a"), a.compare().courseIds());
    assertTrue(a.text().contains("3 courses from Provider p (1 known to be free; 2 beginner, 1 advanced; 2 rated, the best"
        + " Advanced Python [py-c]"), a.text());
    assertTrue(a.text().contains("1 course from Provider d (1 known to be free; 1 intermediate; 0 rated)"), a.text());
    assertTrue(a.text().contains("rates courses, not platforms"), a.text());

    Answer beginners = assistant.ask("Provider p vs Provider d for beginners");
    assertEquals(List.of("py-b"), beginners.picks().stream().map(Pick::courseId).toList());
    assertTrue(beginners.text().contains("no beginner course from Provider d"), beginners.text());
    assertNull(beginners.compare());
  }

  @Test
  void conceptAnswersExplainAndLinkCoursesOfEachBranch() {
    Answer a = assistant.ask("should I learn machine learning before deep learning?");
    assertEquals(Intent.CONCEPT, a.intent());
    assertTrue(a.text().contains("neural networks with many layers"), a.text());
    assertEquals(List.of("ml-a", "dl-a"), a.picks().stream().map(Pick::courseId).toList());
    assertNull(a.compare());
  }

  @Test
  void goalsBecomeAPathFromTheEasiestLevel() {
    Answer a = assistant.ask("my goal is to master python");
    assertEquals(Intent.GOAL, a.intent());
    List<String> ids = a.picks().stream().map(Pick::courseId).toList();
    assertEquals("py-c", ids.get(ids.size() - 1), "the advanced course comes last: " + ids);
    assertTrue(a.picks().get(0).role().startsWith("step 1"));
  }

  @Test
  void aQuestionWithoutASubjectGetsExamplesUnlessItAsksForTheBestRated() {
    Answer none = assistant.ask("the the?");
    assertFalse(none.found());
    assertTrue(none.text().startsWith("The question names no subject. Ask about a subject"), none.text());
    Answer best = assistant.ask("best course");
    assertEquals(List.of("py-c", "py-b"), best.picks().stream().limit(2).map(Pick::courseId).toList(), "by fair rating");
    assertTrue(best.text().contains("ranked by fair rating"), best.text());
  }

  @Test
  void aVeryLongQuestionIsSearchedByItsFirstWordsWithoutFailing() {
    Answer a = assistant.ask("what is the best course to learn python " + "data ".repeat(1_100) + String.join(" ",
        java.util.stream.IntStream.range(0, 100).mapToObj(i -> "word" + i).toList()));
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("first " + Assistant.MAX_TERMS)), a.notes().toString());
  }

  @Test
  void aCourseNamedByItsIdIsTheAnswer() {
    Answer a = assistant.ask("PY-B");
    assertEquals(List.of("py-b"), a.picks().stream().map(Pick::courseId).toList());
  }

  @Test
  void bothSidesNamingOneCourseSaySo() {
    Answer a = assistant.ask("py-a vs py-a");
    assertEquals(List.of("py-a"), a.picks().stream().map(Pick::courseId).toList());
    assertTrue(a.text().startsWith("Both sides name the same course"), a.text());
    assertNull(a.compare());
  }

  @Test
  void comparingASingleMatchAnswersLikeBest() {
    Answer a = assistant.ask("compare statistics courses");
    assertEquals(List.of("st-a"), a.picks().stream().map(Pick::courseId).toList());
    assertNull(a.compare(), "nothing to put beside it");
  }

  @Test
  void conceptAnswersApplyTheFreeFilter() {
    Answer a = assistant.ask("difference between machine learning and deep learning, free courses only");
    assertTrue(a.picks().stream().allMatch(p -> Boolean.TRUE.equals(p.free())), a.picks().toString());
  }

  @Test
  void blankQuestionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> assistant.ask("  "));
  }

  @Test
  void renderedTextShowsFactsAndUnknowns() {
    String text = AnswerText.render(assistant.ask("compare python courses"));
    assertTrue(text.contains("Key differences:"), text);
    assertTrue(text.contains("price unknown"), text);
    assertTrue(text.contains("| py-b"), text);
  }
}
