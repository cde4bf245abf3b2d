package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict ask} against a temporary data folder filled with the shipped catalog (searched by words, for speed). */
class AskCommandTest {
  private static final Pattern CITED = Pattern.compile("\\[([a-z0-9._-]+)]");

  @TempDir
  Path dir;

  private Cli.Result ask(String... args) {
    return Cli.verdict(Stream.concat(Stream.of("ask", "--lexical", "--home", dir.resolve("home").toString()), Stream.of(args))
        .toArray(String[]::new));
  }

  private Set<String> catalogIds() {
    Cli.Result list = Cli.verdict("courses", "list", "--home", dir.resolve("home").toString());
    Set<String> ids = new HashSet<>();
    list.out().lines().skip(2).takeWhile(l -> !l.isBlank()).forEach(l -> ids.add(l.strip().split("\\s+")[0]));
    return ids;
  }

  private static Set<String> cited(String out) {
    Set<String> ids = new HashSet<>();
    Matcher m = CITED.matcher(out);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void theIssuesQuestionsGetGroundedAnswers() {
    Set<String> catalog = catalogIds();
    assertTrue(catalog.size() >= 39, catalog.toString());
    Cli.Result best = ask("best", "python", "course", "for", "beginners");
    assertEquals(0, best.code(), best.err());
    assertTrue(best.out().startsWith("Best match for 'python', beginner"), best.out());
    assertTrue(best.out().contains("[python-for-everybody]") || best.out().contains("[cs50p]"), best.out());
    Cli.Result compare = ask("compare data science courses");
    assertEquals(0, compare.code(), compare.err());
    assertTrue(compare.out().contains("Key differences:"), compare.out());
    assertTrue(compare.out().contains("[ibm-data-science-cert]"), compare.out());
    Cli.Result concept = ask("should I learn machine learning before deep learning?");
    assertEquals(0, concept.code(), concept.err());
    assertTrue(concept.out().contains("Learn the machine-learning fundamentals first"), concept.out());
    assertTrue(concept.out().contains("[deep-learning-specialization]"), concept.out());
    for (Cli.Result r : new Cli.Result[] {best, compare, concept}) {
      assertFalse(cited(r.out()).isEmpty());
      assertTrue(catalog.containsAll(cited(r.out())), cited(r.out()) + " not all in the catalog");
    }
  }

  @Test
  void nonsenseFindsNothingAndSaysSo() {
    Cli.Result r = ask("asdf qwerty zxcv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("No course in the catalog matches 'asdf qwerty zxcv'"), r.out());
    assertTrue(cited(r.out()).isEmpty(), r.out());
  }

  @Test
  void jsonCarriesTheAnswersData() throws Exception {
    Cli.Result r = ask("--json", "cs50p vs python for everybody");
    assertEquals(0, r.code(), r.err());
    JsonNode answer = new ObjectMapper().readTree(r.out());
    assertEquals("VERSUS", answer.get("intent").asText());
    assertEquals("cs50p", answer.get("picks").get(0).get("courseId").asText());
    assertEquals("python-for-everybody", answer.get("compare").get("courseIds").get(1).asText());
    assertTrue(answer.get("compare").get("rows").size() >= 10);
  }

  @Test
  void anInteractiveSessionAnswersEachLineUntilQuit() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("best nlp course\n\ncompare mlops courses\nquit\nbest python course\n"
          .getBytes(StandardCharsets.UTF_8)));
      Cli.Result r = ask();
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().startsWith("Ask about the course catalog"), r.out());
      assertTrue(r.out().contains("Best match for 'nlp'"), r.out());
      assertTrue(r.out().contains("most relevant courses for 'mlops'"), r.out());
      assertFalse(r.out().contains("'python'"), "nothing is answered after quit: " + r.out());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anEmptyQuestionIsBadInput() {
    Cli.Result r = ask("  ");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("The question is empty"), r.err());
  }

  @Test
  void aLanguageModelNeedsBothItsAddressAndItsName() {
    Cli.Result noModel = ask("--llm-url", "http://127.0.0.1:9/v1", "best python course");
    assertEquals(2, noModel.code());
    assertTrue(noModel.err().contains("--llm-model"), noModel.err());
    Cli.Result noUrl = ask("--llm-model", "llama3.2", "best python course");
    assertEquals(2, noUrl.code());
    assertTrue(noUrl.err().contains("--llm-url"), noUrl.err());
    Cli.Result badUrl = ask("--llm-url", "ftp://example.org", "--llm-model", "x", "best python course");
    assertEquals(2, badUrl.code());
  }

  @Test
  void anUnreachableLanguageModelLeavesTheCatalogsAnswer() {
    // port 9 (discard) on loopback refuses the connection: the rewording fails, the facts stand
    Cli.Result r = ask("--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "llama3.2", "best python course for beginners");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Best match for 'python'"), r.out());
    assertFalse(r.out().contains("reworded by"), r.out());
  }
}
