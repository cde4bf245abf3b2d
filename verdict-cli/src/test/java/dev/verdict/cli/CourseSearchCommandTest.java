package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict courses search} against a temporary data folder filled with the shipped catalog. */
class CourseSearchCommandTest {
  private static final Pattern FACET_COUNT = Pattern.compile(" (\\d+)(?:,|$)");

  @TempDir
  Path dir;

  private Cli.Result search(String... args) {
    String[] full = Stream.concat(Stream.of("courses", "search"), Stream.concat(Stream.of(args),
        Stream.of("--home", dir.resolve("home").toString()))).toArray(String[]::new);
    return Cli.verdict(full);
  }

  /** The table rows: the lines after the header and its dashes, up to the first blank line. */
  private static List<String> rows(String out) {
    return Arrays.stream(out.split("\\R")).skip(2).takeWhile(l -> !l.isBlank()).toList();
  }

  private static String id(String row) {
    return row.split("\\s+")[1];
  }

  private static String facetLine(String out, String facet) {
    return Arrays.stream(out.split("\\R")).filter(l -> l.startsWith("  " + facet + " ")).findFirst().orElseThrow();
  }

  private static int facetTotal(String line) {
    Matcher m = FACET_COUNT.matcher(line);
    int total = 0;
    while (m.find()) {
      total += Integer.parseInt(m.group(1));
    }
    return total;
  }

  private static int matches(String out) {
    Matcher m = Pattern.compile("over the (\\d+) matching").matcher(out);
    assertTrue(m.find(), out);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void beginnerPythonCoursesComeFirstWithTheirRatings() {
    Cli.Result r = search("python beginner");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("#   id"), r.out());
    List<String> rows = rows(r.out());
    assertEquals(10, rows.size(), r.out());
    assertEquals(Set.of("python-for-everybody", "cs50p", "kaggle-learn-python"),
        Set.of(id(rows.get(0)), id(rows.get(1)), id(rows.get(2))), r.out());
    assertTrue(rows.get(0).startsWith("1 "), rows.get(0));
    assertTrue(rows.get(0).contains("unrated"), "unrated is marked, not invented: " + rows.get(0));
    assertTrue(r.out().contains("(count unknown)"), "a rated hit shows its fair rating: " + r.out());
    assertTrue(r.out().contains("most relevant first"), r.out());
  }

  @Test
  void aParaphraseFindsABeginnerPythonCourseByMeaning() {
    Cli.Result r = search("learn to program for the first time", "--limit", "3");
    assertEquals(0, r.code(), r.err());
    List<String> top = rows(r.out()).stream().map(CourseSearchCommandTest::id).toList();
    Set<String> beginnerPython = Set.of("python-for-everybody", "cs50p", "kaggle-learn-python", "mit-6-0001");
    assertTrue(top.stream().anyMatch(beginnerPython::contains), r.out());
    assertTrue(r.out().contains("meaning"), r.out());
    assertTrue(r.out().contains("reciprocal rank fusion with k = 60"), r.out());
  }

  @Test
  void lexicalSearchesByWordsOnly() {
    Cli.Result r = search("python beginner", "--lexical", "--limit", "3");
    assertEquals(0, r.code(), r.err());
    assertEquals(Set.of("python-for-everybody", "cs50p", "kaggle-learn-python"),
        Set.copyOf(rows(r.out()).stream().map(CourseSearchCommandTest::id).toList()), r.out());
    assertFalse(r.out().contains("meaning"), r.out());
    assertTrue(r.out().contains("by words: BM25"), r.out());
  }

  @Test
  void computerVisionFindsCs231n() {
    Cli.Result r = search("deep learning computer vision", "--limit", "3");
    assertEquals(0, r.code(), r.err());
    List<String> rows = rows(r.out());
    assertEquals(3, rows.size(), r.out());
    assertEquals("cs231n", id(rows.get(0)), r.out());
  }

  @Test
  void filtersRestrictTheHitsAndTheFacets() {
    Cli.Result advanced = search("learning", "--level", "ADVANCED", "--limit", "50");
    assertEquals(0, advanced.code(), advanced.err());
    List<String> rows = rows(advanced.out());
    assertFalse(rows.isEmpty());
    rows.forEach(row -> assertTrue(row.contains(" advanced "), row));
    assertEquals("  level     advanced " + rows.size(), facetLine(advanced.out(), "level"));
    assertTrue(advanced.out().contains("(level advanced)"), advanced.out());

    Cli.Result free = search("python", "--free", "--limit", "50");
    assertEquals(0, free.code(), free.err());
    rows(free.out()).forEach(row -> assertTrue(row.contains(" yes "), row));
    assertEquals("  free      yes " + rows(free.out()).size(), facetLine(free.out(), "free"));

    Cli.Result kaggle = search("python", "--provider", "kaggle", "--topic", "PYTHON");
    assertEquals(List.of("kaggle-learn-python"), rows(kaggle.out()).stream().map(CourseSearchCommandTest::id).toList(),
        kaggle.out());
  }

  @Test
  void facetCountsAddUpToTheMatches() {
    Cli.Result r = search("data", "--limit", "2");
    assertEquals(0, r.code(), r.err());
    int n = matches(r.out());
    assertTrue(n > 2, r.out());
    assertEquals(2, rows(r.out()).size());
    assertEquals(n, facetTotal(facetLine(r.out(), "level")), r.out());
    assertEquals(n, facetTotal(facetLine(r.out(), "provider")), r.out());
    assertEquals(n, facetTotal(facetLine(r.out(), "free")), r.out());
    assertTrue(r.out().contains("2 of " + n + " matches shown"), r.out());
  }

  @Test
  void nothingMatchingSaysSoAndInventsNothing() {
    Cli.Result r = search("zxqv blorf");
    assertEquals(0, r.code(), r.err());
    assertEquals("No course in the catalog matches 'zxqv blorf' (39 courses searched).", r.out().strip());

    Cli.Result filtered = search("python", "--level", "advanced", "--free");
    assertEquals(0, filtered.code(), filtered.err());
    assertTrue(filtered.out().startsWith("No course in the catalog matches 'python' with level advanced, free only"),
        filtered.out());
  }

  @Test
  void hostileQueryTextIsPlainWords() {
    for (String text : List.of("C++ (AND OR", "title:python^10", "\"unclosed", "[1 TO 5}", "python)")) {
      Cli.Result r = search(text);
      assertEquals(0, r.code(), text + ": " + r.err());
      assertEquals("", r.err(), text);
    }
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    Cli.Result stopWords = search("the of and");
    assertEquals(2, stopWords.code());
    assertTrue(stopWords.err().startsWith("verdict: The search query 'the of and' has no word to search for"),
        stopWords.err());
    assertEquals(1, stopWords.err().strip().lines().count(), stopWords.err());

    Cli.Result limit = search("python", "--limit", "0");
    assertEquals(2, limit.code());
    assertEquals("verdict: --limit must be at least 1, not 0.", limit.err().strip());

    assertEquals(2, search("python", "--level", "expert").code());
    assertEquals(2, search().code(), "the query is required");
  }

  @Test
  void searchHasHelp() {
    Cli.Result r = Cli.verdict("courses", "search", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: verdict courses search"), r.out());
    assertTrue(Cli.verdict("courses", "--help").out().contains("search"));
  }
}
