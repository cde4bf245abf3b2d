package dev.verdict.learn.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReaderTest {
  private static final String HEADER = "id,title,provider,url,topics,level,durationHours,free,rating_source,rating_scale,"
      + "rating_mean,rating_count\n";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<ImportProblem> problems(Path file) {
    return assertThrows(CatalogImportException.class, () -> CatalogReader.read(file)).problems();
  }

  private static void assertProblem(List<ImportProblem> problems, int line, String field, String text) {
    assertTrue(problems.stream().anyMatch(p -> p.line() == line && java.util.Objects.equals(p.field(), field)
        && p.message().contains(text)), "expected line " + line + ", field " + field + ": " + text + " in " + problems);
  }

  @Test
  void readsCsvWithListsAndARating() throws IOException {
    List<Course> courses = CatalogReader.read(file("c.csv", HEADER
        + "a,Course A,Acme,https://acme.org/a,python; statistics,Beginner,12.5,yes,Acme reviews,5,4.6,120\n"
        + "b,\"Course B, with a comma\",,,,,,,,,,\n"));
    assertEquals(2, courses.size());
    Course a = courses.get(0);
    assertEquals(List.of("python", "statistics"), a.topics());
    assertEquals(Level.BEGINNER, a.level());
    assertEquals(12.5, a.durationHours());
    assertEquals(Boolean.TRUE, a.free());
    assertEquals(List.of(new Rating("Acme reviews", 5, 4.6, 120L, null)), a.ratings());
    Course b = courses.get(1);
    assertEquals("Course B, with a comma", b.title());
    assertNull(b.provider(), "an empty cell is unknown");
    assertNull(b.free());
    assertTrue(b.ratings().isEmpty());
  }

  @Test
  void readsABareJsonListAndTheCatalogShape() throws IOException {
    String course = """
        {"id": "j", "title": "J", "level": "advanced", "ratings": [
          {"source": "s", "scale": 5, "histogram": [0, 0, 1, 1, 2]}]}""";
    List<Course> bare = CatalogReader.read(file("bare.json", "[" + course + "]"));
    List<Course> wrapped = CatalogReader.read(file("wrapped.json", "{\"version\": 1, \"courses\": [" + course + "]}"));
    assertEquals(bare, wrapped);
    Rating r = bare.get(0).ratings().get(0);
    assertEquals(4L, r.count());
    assertEquals((3 + 4 + 10) / 4.0, r.mean(), 1e-12);
  }

  @Test
  void everyBadCsvRowIsReportedWithLineAndField() throws IOException {
    List<ImportProblem> problems = problems(file("bad.csv", HEADER
        + ",No id,,,,,,,,,,\n"                                   // line 2
        + "t,,,,,,,,,,,\n"                                       // line 3
        + "l,L,,,,expert,,,,,,\n"                                // line 4
        + "u,U,,not a url,,,,,,,,\n"                             // line 5
        + "h,H,,,,,-3,,,,,\n"                                    // line 6
        + "r,R,,,,,,,stars,5,5.5,10\n"                           // line 7
        + "g,ragged\n"                                           // line 8
        + "d,D,,,,,,,,,,\n"                                      // line 9
        + "d,D again,,,,,,,,,,\n"));                             // line 10
    assertProblem(problems, 2, "id", "missing");
    assertProblem(problems, 3, "title", "missing");
    assertProblem(problems, 4, "level", "'expert' is not beginner, intermediate or advanced");
    assertProblem(problems, 5, "url", "not an http(s) address");
    assertProblem(problems, 6, "durationHours", "cannot be negative");
    assertProblem(problems, 7, "rating_mean", "outside the scale 0..5");
    assertProblem(problems, 8, null, "2 fields, but the header has 12");
    assertProblem(problems, 10, "id", "duplicate id 'd' (first on line 9)");
    assertEquals(8, problems.size(), problems.toString());
  }

  @Test
  void duplicateIdsAreReportedOnTheirSecondLine() throws IOException {
    List<ImportProblem> problems = problems(file("dup.csv", "id,title\nd,D\ne,E\nd,D again\n"));
    assertEquals(List.of(new ImportProblem(4, "id", "duplicate id 'd' (first on line 2); each course may appear once")),
        problems);
  }

  @Test
  void jsonProblemsNameTheCoursesLineAndTheField() throws IOException {
    List<ImportProblem> problems = problems(file("bad.json", """
        [
          {"id": "a", "title": "A"},
          {"id": "b", "title": "B", "weeklyHours": -1,
           "ratings": [{"source": "s", "scale": 10, "mean": 11}]},
          {"id": "c", "title": "C", "levle": "beginner"}
        ]
        """));
    assertProblem(problems, 3, "weeklyHours", "cannot be negative");
    assertProblem(problems, 3, "ratings[0].mean", "outside the scale 0..10");
    assertProblem(problems, 5, "levle", "unknown field");
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void brokenJsonIsReportedWithItsLine() throws IOException {
    List<ImportProblem> problems = problems(file("broken.json", "[\n  {\"id\": \"a\",\n   \"title\": }\n]"));
    assertEquals(1, problems.size());
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("not valid JSON"), problems.toString());
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWithTheLine() throws IOException {
    byte[] latin1 = "id,title\na,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.csv"), latin1);
    List<ImportProblem> problems = problems(file);
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("not UTF-8"), problems.toString());
  }

  @Test
  void unknownColumnsAndTheUserSourceAreRefused() throws IOException {
    assertProblem(problems(file("col.csv", "id,title,levle\na,A,beginner\n")), 1, "levle", "unknown column");
    assertProblem(problems(file("you.csv", "id,title,rating_source,rating_scale,rating_mean\na,A,you,10,8\n")), 2,
        "rating_source", "kept for your own ratings");
  }

  @Test
  void theMessageListsTheProblemsAndSaysNothingWasImported() throws IOException {
    Path file = file("two.csv", "id,title,level\na,,x\n");
    CatalogImportException e = assertThrows(CatalogImportException.class, () -> CatalogReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": 2 problems; nothing was imported"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2, field title: missing"), e.getMessage());
  }

  @Test
  void otherFilesAreBadInput() throws IOException {
    assertTrue(assertThrows(BadInputException.class, () -> CatalogReader.read(dir.resolve("nope.csv"))).getMessage()
        .contains("file not found"));
    Path txt = file("courses.txt", "id,title\n");
    assertTrue(assertThrows(BadInputException.class, () -> CatalogReader.read(txt)).getMessage()
        .contains(".csv or .json"));
    assertProblem(problems(file("empty.json", "")), 0, null, "empty");
    assertProblem(problems(file("none.json", "[]")), 0, null, "no courses");
  }

  @Test
  void theShippedCatalogIsValid() {
    assertEquals(39, CatalogReader.shipped().size());
  }
}
