package dev.verdict.learn.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
  @TempDir
  Path home;

  private static int userVersion(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Course course(String id, String title, Rating... ratings) {
    return new Course(id, title, "Provider", null, "https://example.org/" + id, null, List.of("python"), List.of(),
        Level.BEGINNER, List.of(), "English", 10.0, 2.0, true, null, false, "2026-01", "course", List.of(ratings),
        false);
  }

  @Test
  void firstUseCreatesTheDatabaseFilledWithTheShippedCatalog() throws SQLException {
    Path folder = home.resolve("new/.verdict");
    try (CatalogStore store = CatalogStore.open(folder)) {
      assertEquals(folder.resolve("learn.db"), store.file());
      List<Course> shipped = CatalogReader.shipped().stream().sorted(Comparator.comparing(Course::id)).toList();
      assertEquals(shipped, store.courses(), "the stored catalog is the shipped one, field for field");
    }
    assertTrue(Files.isRegularFile(folder.resolve(CatalogStore.FILE_NAME)));
    assertEquals(CatalogStore.SCHEMA_VERSION, userVersion(folder.resolve(CatalogStore.FILE_NAME)));
  }

  @Test
  void secondUseDoesNotRefill() {
    int shipped = CatalogReader.shipped().size();
    try (CatalogStore store = CatalogStore.open(home)) {
      store.upsert(List.of(course("python-for-everybody", "Renamed")));
      store.addUserRating("cs50p", 8);
    }
    try (CatalogStore store = CatalogStore.open(home)) {
      assertEquals(shipped, store.courses().size());
      assertEquals("Renamed", store.find("python-for-everybody").orElseThrow().title(), "the update survived");
      Rating yours = store.find("cs50p").orElseThrow().ratings().get(0);
      assertEquals(Rating.USER_SOURCE, yours.source());
      assertEquals(1L, yours.count());
    }
  }

  @Test
  void upsertAddsNewCoursesAndReplacesStoredOnesKeepingOtherRatings() {
    try (CatalogStore store = CatalogStore.open(home)) {
      int before = store.courses().size();
      store.upsert(List.of(course("x", "X", new Rating("site", 5, 4.0, 12L, null))));
      store.addUserRating("x", 6);
      store.addUserRating("x", 9);
      ImportResult result = store.upsert(List.of(
          course("x", "X, second edition", new Rating("other", 10, 7.0, null, null)),
          course("y", "Y")));
      assertEquals(new ImportResult(1, 1), result);
      assertEquals(before + 2, store.courses().size());
      Course x = store.find("x").orElseThrow();
      assertEquals("X, second edition", x.title());
      assertEquals(List.of(new Rating("other", 10, 7.0, null, null), new Rating("site", 5, 4.0, 12L, null),
          new Rating("you", 10, 7.5, 2L, null)), x.ratings());
      assertEquals(Level.BEGINNER, x.level());
      assertEquals(List.of("python"), x.topics());
    }
  }

  @Test
  void histogramsRoundTrip() {
    Rating stars = new Rating("stars", 5, null, null, List.of(1L, 2L, 3L, 4L, 5L));
    try (CatalogStore store = CatalogStore.open(home)) {
      store.upsert(List.of(course("h", "H", stars)));
      assertEquals(List.of(stars), store.find("h").orElseThrow().ratings());
    }
  }

  @Test
  void userRatingsMustBeOnZeroToTenAndNameAStoredCourse() {
    try (CatalogStore store = CatalogStore.open(home)) {
      assertTrue(assertThrows(BadInputException.class, () -> store.addUserRating("cs50p", 10.5)).getMessage()
          .contains("from 0 to 10"));
      assertTrue(assertThrows(BadInputException.class, () -> store.addUserRating("nope", 5)).getMessage()
          .contains("no course 'nope'"));
      store.addUserRating("cs50p", 0);
      assertEquals(0.0, store.find("cs50p").orElseThrow().ratings().get(0).mean());
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsBadInput() throws IOException {
    Files.writeString(home.resolve("learn.db"), "this is not SQLite, just text that is long enough to have a header...");
    BadInputException e = assertThrows(BadInputException.class, () -> CatalogStore.open(home));
    assertTrue(e.getMessage().contains("not a Verdict course database"), e.getMessage());
  }

  @Test
  void aNewerSchemaIsRefused() throws SQLException {
    try (CatalogStore store = CatalogStore.open(home)) {
      assertFalse(store.courses().isEmpty());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("learn.db"));
         Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    BadInputException e = assertThrows(BadInputException.class, () -> CatalogStore.open(home));
    assertTrue(e.getMessage().contains("newer Verdict"), e.getMessage());
  }
}
