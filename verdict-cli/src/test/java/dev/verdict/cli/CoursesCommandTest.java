package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict courses}: list, show, rate and import, each against a temporary data folder. */
class CoursesCommandTest {
  @TempDir
  Path dir;

  private Cli.Result courses(String... args) {
    String[] full = Stream.concat(Stream.of("courses"), Stream.concat(Stream.of(args),
        Stream.of("--home", dir.resolve("home").toString()))).toArray(String[]::new);
    return Cli.verdict(full);
  }

  private static List<String> rows(String table) {
    return Arrays.stream(table.split("\\R")).skip(2).takeWhile(l -> !l.isBlank()).toList();
  }

  @Test
  void listShowsEveryCourseBestRatedFirstAndUnratedLast() {
    Cli.Result r = courses("list");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(dir.resolve("home/learn.db")), "created on first use");
    assertTrue(r.out().startsWith("id"), r.out());
    List<String> rows = rows(r.out());
    assertEquals(39, rows.size(), r.out());
    assertTrue(rows.get(0).contains("9.9 (count unknown)"), rows.get(0));
    assertTrue(rows.get(9).contains("9.8 (count unknown)"), rows.get(9));
    assertTrue(rows.get(10).endsWith("unrated"), rows.get(10));
    assertTrue(r.out().contains("39 of 39 courses"), r.out());
    assertTrue(r.out().contains("m = 10"), r.out());
  }

  @Test
  void listFiltersByLevelTopicProviderAndFree() {
    List<String> rows = rows(courses("list", "--level", "advanced", "--topic", "NLP", "--free", "--sort", "title").out());
    assertFalse(rows.isEmpty());
    for (String row : rows) {
      assertTrue(row.contains("advanced") && row.contains(" yes "), row);
    }
    List<String> kaggle = rows(courses("list", "--provider", "kaggle").out());
    assertEquals(2, kaggle.size(), kaggle.toString());
    assertTrue(courses("list", "--provider", "nobody").out().startsWith("No course matches"));
    Cli.Result bad = courses("list", "--level", "expert");
    assertEquals(2, bad.code());
  }

  @Test
  void showPrintsTheFieldsTheRatingSourcesAndTheCheckedFlag() {
    Cli.Result r = courses("show", "genai-for-everyone");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Best Courses list (last updated March 2026): 9.8 / 10, count unknown"), r.out());
    assertTrue(r.out().contains("fair rating"), r.out());
    assertTrue(r.out().contains("no: fields not checked against the provider's page"), r.out());
    assertTrue(r.out().contains("duration       –"), "unknown fields print as a dash: " + r.out());
    Cli.Result unrated = courses("show", "cs50p");
    assertTrue(unrated.out().contains("fair rating    unrated"), unrated.out());
    Cli.Result missing = courses("show", "no-such-course");
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("verdict: no course 'no-such-course'"), missing.err());
  }

  @Test
  void rateAddsYourRatingAsItsOwnSource() {
    Cli.Result r = courses("rate", "cs50p", "8");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Your ratings of it: 1, mean 8.0"), r.out());
    assertTrue(r.out().contains("few ratings"), r.out());
    courses("rate", "cs50p", "10");
    Cli.Result show = courses("show", "cs50p");
    assertTrue(show.out().contains("you: 9 / 10, 2 ratings"), show.out());
    Cli.Result bad = courses("rate", "cs50p", "11");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("from 0 to 10"), bad.err());
    assertEquals(2, courses("rate", "cs50p", "lots").code());
  }

  @Test
  void importAddsAndUpdatesCourses() throws IOException {
    Path csv = Files.writeString(dir.resolve("mine.csv"), """
        id,title,provider,level,free,topics,rating_source,rating_scale,rating_mean,rating_count
        my-course,My course,Me,beginner,yes,python,My site,5,4.5,40
        cs50p,CS50's Introduction to Programming with Python,edX,beginner,yes,python,,,,
        """);
    Cli.Result r = courses("import", csv.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Imported 2 courses from " + csv + ": 1 added, 1 updated."), r.out());
    Cli.Result show = courses("show", "my-course");
    assertTrue(show.out().contains("My site: 4.5 / 5 (9.00 / 10), 40 ratings"), show.out());
    assertTrue(courses("list").out().contains("40 of 40 courses"));
  }

  @Test
  void aHistogramGivesTheCountTheMeanAndALowerBound() throws IOException {
    Path json = Files.writeString(dir.resolve("h.json"), """
        [{"id": "h", "title": "H", "ratings": [{"source": "Stars", "scale": 5, "histogram": [1, 2, 5, 40, 150]}]}]
        """);
    assertEquals(0, courses("import", json.toString()).code());
    String show = courses("show", "h").out();
    assertTrue(show.contains("Stars: 4.7 / 5 (9.39 / 10), 198 ratings, histogram [1, 2, 5, 40, 150]"), show);
    assertTrue(show.contains("lower bound    9.15 / 10 (for ranking, from the histogram)"), show);
  }

  @Test
  void aBadImportIsRejectedWithLineAndFieldAndWritesNothing() throws IOException {
    Path csv = Files.writeString(dir.resolve("bad.csv"), """
        id,title,level,url
        good,A good course,beginner,https://example.org
        bad,A bad course,expert,ftp//nowhere
        """);
    Cli.Result r = courses("import", csv.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("verdict: " + csv + ": 2 problems; nothing was imported"), r.err());
    assertTrue(r.err().contains("line 3, field level: 'expert' is not beginner, intermediate or advanced"), r.err());
    assertTrue(r.err().contains("line 3, field url"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertEquals(2, courses("show", "good").code(), "the good row was not imported either");
    assertTrue(courses("list").out().contains("39 of 39 courses"));
  }

  @Test
  void coursesCommandsHaveHelp() {
    for (String command : List.of("list", "show", "rate", "import")) {
      Cli.Result r = Cli.verdict("courses", command, "--help");
      assertEquals(0, r.code());
      assertTrue(r.out().contains("Usage: verdict courses " + command), r.out());
    }
  }
}
