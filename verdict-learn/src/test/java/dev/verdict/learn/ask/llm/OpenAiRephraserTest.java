package dev.verdict.learn.ask.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.learn.ask.Answer;
import dev.verdict.learn.ask.CompareView;
import dev.verdict.learn.ask.Intent;
import dev.verdict.learn.ask.Pick;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiRephraserTest {
  private static final Set<String> CATALOG = Set.of("cs50p", "python-for-everybody", "cs50ai", "d2l",
      "kaggle-learn-python", "mit-6-0001");
  private static final String QUESTION = "best python course for beginners";

  private static final Pick CS50P = new Pick("cs50p", "CS50's Introduction to Programming with Python",
      "Harvard", "https://cs50.harvard.edu/python/", "beginner", "90 h, 7.5 h/week", true, List.of("python"),
      "9.9/10 (count unknown)", "best for python", List.of("title", "skills"));
  private static final Pick PY4E = new Pick("python-for-everybody", "Python for Everybody", "University of Michigan",
      "https://www.py4e.com/", "beginner", null, true, List.of("python"), "9.8/10 (count unknown)",
      "also for python", List.of("title"));
  private static final Answer ANSWER = new Answer(QUESTION, Intent.BEST, "python", "beginner",
      "For python at beginner level, cs50p (9.9/10) is the best rated; python-for-everybody (9.8/10) follows.",
      List.of(CS50P, PY4E), null, List.of(), null);
  private static final String GROUNDED = "Start with [cs50p], rated 9.9/10 at about 7.5 h/week; "
      + "[python-for-everybody], at 9.8/10, is a good second choice.";

  private StubChatServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new StubChatServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private OpenAiRephraser rephraser(Duration timeout) {
    return new OpenAiRephraser(new LlmSettings(server.baseUrl(), "llama3.2", null, timeout), CATALOG);
  }

  private Optional<String> rephrase(String reply) {
    server.replying(reply);
    return rephraser(Duration.ofSeconds(5)).rephrase(ANSWER);
  }

  @Test
  void aGroundedReplyIsTheRephrasing() throws Exception {
    assertEquals(Optional.of(GROUNDED), rephrase("  " + GROUNDED + "\n"));
    assertEquals(1, server.requests().size());
    String body = server.requests().get(0);
    assertTrue(body.contains(QUESTION), body);
    assertTrue(body.contains("cs50p") && body.contains("python-for-everybody"), body);
    JsonNode request = new ObjectMapper().readTree(body);
    assertEquals("llama3.2", request.path("model").asText());
    assertEquals(0.0, request.path("temperature").asDouble(-1), 0.0);
    JsonNode messages = request.path("messages");
    assertEquals("system", messages.path(0).path("role").asText());
    assertTrue(messages.path(0).path("content").asText().contains("[cs50p]"), "the ids' form is shown");
    assertEquals("user", messages.path(1).path("role").asText());
    String user = messages.path(1).path("content").asText();
    assertTrue(user.contains(ANSWER.text()), user);
    assertTrue(user.contains("[cs50p] title: CS50's Introduction to Programming with Python; provider: Harvard;"
        + " level: beginner; effort: 90 h, 7.5 h/week; rating: 9.9/10 (count unknown); role: best for python"), user);
    assertTrue(user.contains("[python-for-everybody] title: Python for Everybody; provider: University of Michigan;"
        + " level: beginner; effort: –;"), user);
  }

  @Test
  void theNameIsTheModelAndTheServer() {
    assertEquals("llama3.2 at " + server.baseUrl(), rephraser(Duration.ofSeconds(1)).name());
  }

  @Test
  void aReplyCitingACourseTheAnswerDoesNotIsRefused() {
    assertEquals(Optional.empty(), rephrase("Take [made-up-course] first, then [cs50p]."));
    assertEquals(Optional.empty(), rephrase("Take [cs50ai] first, then [cs50p]."), "in the catalog, not cited");
    assertEquals(Optional.empty(), rephrase("[cs50p] is rated 9.9/10; cs50ai is good too."), "an id without brackets");
    assertEquals(Optional.empty(), rephrase("See [Python for Everybody](https://www.py4e.com/)."), "a link");
  }

  @Test
  void aReplyWithAnInventedRatingIsRefused() {
    assertEquals(Optional.empty(), rephrase("[cs50p] is rated 9.7/10 and [python-for-everybody] 9.8/10."));
  }

  @Test
  void aBlankReplyIsRefused() {
    assertEquals(Optional.empty(), rephrase("   "));
    assertEquals(Optional.empty(), rephrase("<think>maybe [cs50p]</think>\n"));
  }

  @Test
  void aModelsThinkingIsDropped() {
    assertEquals(Optional.of(GROUNDED), rephrase("<think>\nThe user wants [cs9000].\n</think>\n" + GROUNDED));
  }

  @Test
  void aServerErrorIsEmptyNotAnException() {
    server.replying(GROUNDED).failingWith(500);
    assertEquals(Optional.empty(), rephraser(Duration.ofSeconds(5)).rephrase(ANSWER));
    assertEquals(1, server.requests().size(), "asked once, no retry");
  }

  @Test
  void aServerTooSlowIsEmptyNotAnException() {
    server.replying(GROUNDED).delaying(3_000);
    long start = System.nanoTime();
    assertEquals(Optional.empty(), rephraser(Duration.ofSeconds(1)).rephrase(ANSWER));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_500, "gave up after the timeout, not the stub's delay: " + millis + " ms");
  }

  @Test
  void noServerIsEmptyNotAnException() {
    String url = server.baseUrl();
    server.close();
    OpenAiRephraser r = new OpenAiRephraser(new LlmSettings(url, "llama3.2", null, Duration.ofSeconds(2)), CATALOG);
    assertEquals(Optional.empty(), r.rephrase(ANSWER));
  }

  @Test
  void anAnswerWithoutPicksIsNeverSent() {
    Answer none = new Answer("best cobol course", Intent.BEST, "cobol", null,
        "No course in the catalog fits \"cobol\".", List.of(), null, List.of(), null);
    server.replying("Try [cobol-101], rated 9.9/10.");
    assertEquals(Optional.empty(), rephraser(Duration.ofSeconds(5)).rephrase(none));
    assertEquals(List.of(), server.requests());
  }

  @Test
  void groundedAcceptsTheCitedIdsInAnyForm() {
    assertTrue(OpenAiRephraser.grounded(GROUNDED, ANSWER, CATALOG));
    assertTrue(OpenAiRephraser.grounded("Both [cs50p, python-for-everybody] suit beginners.", ANSWER, CATALOG));
    assertTrue(OpenAiRephraser.grounded("[CS50P] first. Then python-for-everybody.", ANSWER, CATALOG));
    assertTrue(OpenAiRephraser.grounded("No ids at all, 10 hours a week.", ANSWER, CATALOG),
        "integers are not checked");
    assertTrue(OpenAiRephraser.grounded("Harvard's course fits.", ANSWER, Set.of()), "an empty catalog");
  }

  @Test
  void groundedRefusesOtherCoursesAndNumbers() {
    assertFalse(OpenAiRephraser.grounded("[cs50p] or [] suit beginners.", ANSWER, CATALOG), "empty brackets");
    assertFalse(OpenAiRephraser.grounded("[cs50p; d2l] suit beginners.", ANSWER, CATALOG));
    assertFalse(OpenAiRephraser.grounded("[cs50p] then D2L.", ANSWER, CATALOG), "ignoring case");
    assertFalse(OpenAiRephraser.grounded("[cs50p] then d2l.", ANSWER, CATALOG), "before a full stop");
    assertFalse(OpenAiRephraser.grounded("[cs50p] then mit-6-0001, at 9.5.", ANSWER, CATALOG));
    assertFalse(OpenAiRephraser.grounded("[cs50p] is rated 8.0/10.", ANSWER, CATALOG));
    assertTrue(OpenAiRephraser.grounded("[cs50p] then d2l-like books.", ANSWER, CATALOG), "part of a longer word");
  }

  @Test
  void comparedCoursesCountAsCited() {
    CompareView view = new CompareView(List.of("cs50p", "cs50ai"),
        List.of(new CompareView.Row("level", List.of("beginner", "intermediate"))), List.of());
    Answer compare = new Answer("cs50p vs cs50ai", Intent.VERSUS, null, null, "cs50p is for beginners.",
        List.of(CS50P), view, List.of(), null);
    assertTrue(OpenAiRephraser.grounded("[cs50p] is for beginners, [cs50ai] is not.", compare, CATALOG));
  }

  @Test
  void aReplyNamingAnUncitedCoursesTitleIsRefused() {
    java.util.Map<String, String> titles = java.util.Map.of("cs50p", "CS50's Introduction to Programming with Python",
        "d2l", "Dive into Deep Learning");
    assertTrue(OpenAiRephraser.namesAnotherTitle("Then read Dive into Deep Learning.", ANSWER, titles));
    assertFalse(OpenAiRephraser.namesAnotherTitle("CS50's Introduction to Programming with Python [cs50p] first.", ANSWER,
        titles), "a cited course's title is fine");
  }
}
