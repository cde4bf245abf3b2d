package dev.verdict.learn.catalog;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * The course catalog in an embedded SQLite database, {@code learn.db} in the data folder. The first
 * open creates the schema and fills it with the shipped catalog, in one transaction; later opens find
 * it there. The schema's version is SQLite's {@code user_version}. Every change is one transaction, so
 * a failed import leaves the store as it was.
 */
public final class CatalogStore implements AutoCloseable {
  /** The database file's name in the data folder. */
  public static final String FILE_NAME = "learn.db";
  /** The schema version this code writes and reads. */
  static final int SCHEMA_VERSION = 1;

  private static final List<String> SCHEMA = List.of(
      """
      CREATE TABLE course (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        provider TEXT,
        institution TEXT,
        url TEXT,
        summary TEXT,
        level TEXT CHECK (level IN ('beginner', 'intermediate', 'advanced')),
        language TEXT,
        duration_hours REAL CHECK (duration_hours >= 0),
        weekly_hours REAL CHECK (weekly_hours >= 0),
        free INTEGER,
        price TEXT,
        certificate INTEGER,
        last_updated TEXT,
        format TEXT,
        checked INTEGER NOT NULL
      )""",
      """
      CREATE TABLE course_term (
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('topic', 'skill', 'prerequisite')),
        position INTEGER NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (course_id, kind, position)
      )""",
      """
      CREATE TABLE rating (
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        scale REAL NOT NULL CHECK (scale > 0),
        mean REAL NOT NULL CHECK (mean >= 0 AND mean <= scale),
        count INTEGER CHECK (count >= 1),
        histogram TEXT,
        PRIMARY KEY (course_id, source)
      )""",
      """
      CREATE TABLE user_rating (
        id INTEGER PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        score REAL NOT NULL CHECK (score >= 0 AND score <= 10),
        rated_at TEXT NOT NULL
      )""");

  private static final String[] TERM_KINDS = {"topic", "skill", "prerequisite"};

  private final Path file;
  private final Connection connection;

  private CatalogStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the store in data folder {@code home}, creating the folder and the database, filled with the
   * shipped catalog, on first use.
   *
   * @throws BadInputException when the folder cannot be created or {@code learn.db} is not a Verdict
   *     course database
   */
  public static CatalogStore open(Path home) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new BadInputException("cannot create the data folder " + home + " (" + e.getMessage()
          + "); choose another with --home or " + LearnHome.ENV, e);
    }
    Path file = home.resolve(FILE_NAME);
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Connection connection;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new BadInputException("cannot open the course database " + file + ": " + e.getMessage(), e);
    }
    CatalogStore store = new CatalogStore(file, connection);
    try {
      store.prepare();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** Creates the schema and fills in the shipped catalog if the database is new; checks its version otherwise. */
  private void prepare() {
    try {
      int version = userVersion();
      if (version == SCHEMA_VERSION) {
        return;
      }
      if (version > SCHEMA_VERSION) {
        throw new BadInputException(file + " was written by a newer Verdict (schema " + version + ", this one reads "
            + SCHEMA_VERSION + "); update Verdict or use another --home");
      }
      List<Course> shipped = CatalogReader.shipped();
      inTransaction(() -> {
        if (userVersion() == 0) { // another process may have filled it meanwhile
          try (Statement s = connection.createStatement()) {
            for (String table : SCHEMA) {
              s.execute(table);
            }
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
          }
          for (Course course : shipped) {
            write(course);
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw new BadInputException(file + " is not a Verdict course database (" + e.getMessage()
          + "); move it away or use another --home", e);
    }
  }

  private int userVersion() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Every course, by id, with its ratings (yours as the source {@value Rating#USER_SOURCE}). */
  public List<Course> courses() {
    return load(null);
  }

  /** The course with this id, if stored. */
  public Optional<Course> find(String id) {
    return load(id).stream().findFirst();
  }

  /**
   * Adds or replaces courses, all or none. A replaced course keeps the ratings of sources the new
   * record does not give, and your own ratings.
   */
  public ImportResult upsert(List<Course> courses) {
    return inTransaction(() -> {
      int added = 0;
      for (Course course : courses) {
        if (!exists(course.id())) {
          added++;
        }
        write(course);
      }
      return new ImportResult(added, courses.size() - added);
    });
  }

  /**
   * Adds your rating of a course on 0–10.
   *
   * @throws BadInputException for an unknown course or a score outside 0–10
   */
  public void addUserRating(String courseId, double score) {
    if (!(score >= 0 && score <= 10)) {
      throw new BadInputException("a rating is a score from 0 to 10, got " + Rating.format(score));
    }
    inTransaction(() -> {
      if (!exists(courseId)) {
        throw new BadInputException("no course '" + courseId + "'; `verdict courses list` shows the ids");
      }
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO user_rating (course_id, score, rated_at) VALUES (?, ?, ?)")) {
        s.setString(1, courseId);
        s.setDouble(2, score);
        s.setString(3, Instant.now().toString());
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM course WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void write(Course c) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("""
        INSERT INTO course (id, title, provider, institution, url, summary, level, language, duration_hours,
          weekly_hours, free, price, certificate, last_updated, format, checked)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, provider = excluded.provider,
          institution = excluded.institution, url = excluded.url, summary = excluded.summary,
          level = excluded.level, language = excluded.language, duration_hours = excluded.duration_hours,
          weekly_hours = excluded.weekly_hours, free = excluded.free, price = excluded.price,
          certificate = excluded.certificate, last_updated = excluded.last_updated, format = excluded.format,
          checked = excluded.checked""")) {
      s.setString(1, c.id());
      s.setString(2, c.title());
      s.setString(3, c.provider());
      s.setString(4, c.institution());
      s.setString(5, c.url());
      s.setString(6, c.summary());
      s.setString(7, c.level() == null ? null : c.level().label());
      s.setString(8, c.language());
      setDouble(s, 9, c.durationHours());
      setDouble(s, 10, c.weeklyHours());
      setBoolean(s, 11, c.free());
      s.setString(12, c.price());
      setBoolean(s, 13, c.certificate());
      s.setString(14, c.lastUpdated());
      s.setString(15, c.format());
      s.setInt(16, c.checked() ? 1 : 0);
      s.executeUpdate();
    }
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM course_term WHERE course_id = ?")) {
      s.setString(1, c.id());
      s.executeUpdate();
    }
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO course_term (course_id, kind, position, value) VALUES (?, ?, ?, ?)")) {
      List<List<String>> lists = List.of(c.topics(), c.skills(), c.prerequisites());
      for (int k = 0; k < TERM_KINDS.length; k++) {
        List<String> values = lists.get(k);
        for (int i = 0; i < values.size(); i++) {
          s.setString(1, c.id());
          s.setString(2, TERM_KINDS[k]);
          s.setInt(3, i);
          s.setString(4, values.get(i));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
    try (PreparedStatement s = connection.prepareStatement("""
        INSERT INTO rating (course_id, source, scale, mean, count, histogram) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (course_id, source) DO UPDATE SET scale = excluded.scale, mean = excluded.mean,
          count = excluded.count, histogram = excluded.histogram""")) {
      for (Rating r : c.ratings()) {
        if (r.source().equals(Rating.USER_SOURCE)) {
          continue; // yours live in user_rating
        }
        s.setString(1, c.id());
        s.setString(2, r.source());
        s.setDouble(3, r.scale());
        s.setDouble(4, r.mean());
        if (r.count() == null) {
          s.setNull(5, Types.INTEGER);
        } else {
          s.setLong(5, r.count());
        }
        s.setString(6, r.histogram() == null ? null
            : r.histogram().stream().map(String::valueOf).collect(Collectors.joining(";")));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private List<Course> load(String onlyId) {
    String where = onlyId == null ? "" : " WHERE course_id = ?";
    try {
      Map<String, Map<String, List<String>>> terms = new HashMap<>();
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT course_id, kind, value FROM course_term" + where + " ORDER BY course_id, kind, position")) {
        bindId(s, onlyId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            terms.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
          }
        }
      }
      Map<String, List<Rating>> ratings = new HashMap<>();
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT course_id, source, scale, mean, count, histogram FROM rating" + where + " ORDER BY course_id, source")) {
        bindId(s, onlyId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long count = rs.getLong(5);
            Long countOrNull = rs.wasNull() ? null : count;
            String histogram = rs.getString(6);
            ratings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Rating(rs.getString(2),
                rs.getDouble(3), rs.getDouble(4), countOrNull, histogram == null ? null
                    : Arrays.stream(histogram.split(";")).map(Long::valueOf).toList()));
          }
        }
      }
      try (PreparedStatement s = connection.prepareStatement(
          "SELECT course_id, AVG(score), COUNT(*) FROM user_rating" + where + " GROUP BY course_id")) {
        bindId(s, onlyId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ratings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Rating(Rating.USER_SOURCE, 10, rs.getDouble(2), rs.getLong(3), null));
          }
        }
      }
      Map<String, Course> courses = new LinkedHashMap<>();
      try (PreparedStatement s = connection.prepareStatement("""
          SELECT id, title, provider, institution, url, summary, level, language, duration_hours, weekly_hours,
            free, price, certificate, last_updated, format, checked FROM course"""
          + (onlyId == null ? "" : " WHERE id = ?") + " ORDER BY id")) {
        bindId(s, onlyId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            Map<String, List<String>> t = terms.getOrDefault(id, Map.of());
            String level = rs.getString(7);
            courses.put(id, new Course(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), t.get("topic"), t.get("skill"), level == null ? null : Level.parse(level).orElseThrow(),
                t.get("prerequisite"), rs.getString(8), getDouble(rs, 9), getDouble(rs, 10), getBoolean(rs, 11),
                rs.getString(12), getBoolean(rs, 13), rs.getString(14), rs.getString(15), ratings.get(id),
                rs.getInt(16) != 0));
          }
        }
      }
      return List.copyOf(courses.values());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the courses from " + file + ": " + e.getMessage(), e);
    }
  }

  private static void bindId(PreparedStatement s, String id) throws SQLException {
    if (id != null) {
      s.setString(1, id);
    }
  }

  private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.REAL);
    } else {
      s.setDouble(index, value);
    }
  }

  private static void setBoolean(PreparedStatement s, int index, Boolean value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value ? 1 : 0);
    }
  }

  private static Double getDouble(ResultSet rs, int index) throws SQLException {
    double value = rs.getDouble(index);
    return rs.wasNull() ? null : value;
  }

  private static Boolean getBoolean(ResultSet rs, int index) throws SQLException {
    int value = rs.getInt(index);
    return rs.wasNull() ? null : value != 0;
  }

  /** Work on the database that throws {@link SQLException}. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  private <T> T inTransaction(SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to " + file + ": " + e.getMessage(), e);
    }
  }
}
