package dev.verdict.learn.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verdict.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads catalog files: JSON (an object with a {@code courses} list, as the shipped catalog, or a bare
 * list of courses) and CSV (a header row of field names; lists separated by ';'; at most one rating per
 * row in the columns {@code rating_source}, {@code rating_scale}, {@code rating_mean}, {@code rating_count}
 * and {@code rating_histogram}). Every record is validated; a file with any problem yields none of its
 * courses.
 */
public final class CatalogReader {
  /** The CSV columns of the rating, each named after the rating field it holds. */
  static final Map<String, String> CSV_RATING_COLUMNS = ratingColumns();
  private static final Set<String> JSON_TOP_LEVEL = Set.of("catalog", "version", "note", "courses");
  private static final String SHIPPED = "/dev/verdict/learn/catalog.json";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private CatalogReader() {}

  /** The catalog that ships with Verdict. */
  public static List<Course> shipped() {
    try (InputStream in = CatalogReader.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped catalog " + SHIPPED + " is missing from the class path");
      }
      return parse(Path.of("catalog.json"), in.readAllBytes(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CatalogImportException e) {
      throw new IllegalStateException("the shipped catalog is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * The courses in a {@code .csv} or {@code .json} file, validated.
   *
   * @throws CatalogImportException listing every problem with its line and field
   * @throws BadInputException when the file cannot be read or its kind is unknown
   */
  public static List<Course> read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".json")) {
      throw new BadInputException(file + ": give a .csv or .json file of courses");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + " is a folder; give a .csv or .json file of courses");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": file not found");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read it (" + e.getMessage() + ")", e);
    }
    return parse(file, bytes, csv);
  }

  private static List<Course> parse(Path file, byte[] bytes, boolean csv) {
    List<ImportProblem> problems = new ArrayList<>();
    String text = utf8(bytes, problems);
    List<LinedCourse> courses = new ArrayList<>();
    if (text != null) {
      if (text.isBlank()) {
        problems.add(new ImportProblem(0, null, "the file is empty"));
      } else if (csv) {
        readCsv(text, problems, courses);
      } else {
        readJson(text, problems, courses);
      }
    }
    checkIds(courses, problems);
    problems.sort(Comparator.comparingInt(ImportProblem::line));
    if (problems.isEmpty() && courses.isEmpty()) {
      problems.add(new ImportProblem(0, null, "the file holds no courses"));
    }
    if (!problems.isEmpty()) {
      throw new CatalogImportException(file, problems);
    }
    return courses.stream().map(LinedCourse::course).toList();
  }

  /** A course and the line where its record starts. */
  private record LinedCourse(Course course, int line) {}

  private static void checkIds(List<LinedCourse> courses, List<ImportProblem> problems) {
    Map<String, Integer> firstLine = new HashMap<>();
    for (LinedCourse c : courses) {
      Integer first = firstLine.putIfAbsent(c.course().id(), c.line());
      if (first != null) {
        problems.add(new ImportProblem(c.line(), "id", "duplicate id '" + c.course().id() + "' (first on line " + first
            + "); each course may appear once"));
      }
    }
  }

  /** The text, or null after recording the line of the first byte that is not UTF-8. */
  private static String utf8(byte[] bytes, List<ImportProblem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(new ImportProblem(line, null, "the file is not UTF-8 text (byte " + (in.position() + 1)
          + "); save it as UTF-8"));
      return null;
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void readJson(String text, List<ImportProblem> problems, List<LinedCourse> courses) {
    CourseReader reader = new CourseReader(problems, false);
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          int line = parser.currentTokenLocation().getLineNr();
          JsonToken value = parser.nextToken();
          if (name.equals("courses") && value == JsonToken.START_ARRAY) {
            found = true;
            readJsonCourses(parser, reader, courses);
          } else {
            if (name.equals("courses")) {
              problems.add(new ImportProblem(line, "courses", "must be a list of courses"));
              found = true;
            } else if (!JSON_TOP_LEVEL.contains(name)) {
              problems.add(new ImportProblem(line, name, "unknown field; a catalog file has "
                  + String.join(", ", JSON_TOP_LEVEL.stream().sorted().toList())));
            }
            parser.skipChildren();
          }
        }
        if (!found) {
          problems.add(new ImportProblem(1, "courses", "missing; give the list of courses under \"courses\""));
        }
      } else if (token == JsonToken.START_ARRAY) {
        readJsonCourses(parser, reader, courses);
      } else {
        problems.add(new ImportProblem(1, null, "expected a JSON object with \"courses\" or a list of courses"));
      }
      if (parser.nextToken() != null) {
        problems.add(new ImportProblem(parser.currentTokenLocation().getLineNr(), null, "unexpected text after the end"));
      }
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      problems.add(new ImportProblem(at == null ? 0 : at.getLineNr(), null, "not valid JSON: " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      problems.add(new ImportProblem(0, null, "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String cannot fail otherwise
    }
  }

  private static void readJsonCourses(JsonParser parser, CourseReader reader, List<LinedCourse> courses)
      throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int line = parser.currentTokenLocation().getLineNr();
      JsonNode node = JSON.readTree(parser);
      Course course = reader.read(node, line);
      if (course != null) {
        courses.add(new LinedCourse(course, line));
      }
    }
  }

  private static void readCsv(String text, List<ImportProblem> problems, List<LinedCourse> courses) {
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = null;
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (CSVRecord record : parser) {
        int line = lineOf(lineStarts, record.getCharacterPosition());
        if (header == null) {
          header = record.toList().stream().map(String::strip).toList();
          if (!checkHeader(header, line, problems, columns)) {
            return;
          }
          continue;
        }
        if (record.size() != header.size()) {
          problems.add(new ImportProblem(line, null, record.size() + (record.size() == 1 ? " field" : " fields")
              + ", but the header has " + header.size()));
          continue;
        }
        int before = problems.size();
        Course course = new CourseReader(problems, true).read(row(record, columns), line);
        for (int i = before; i < problems.size(); i++) {
          ImportProblem p = problems.get(i);
          problems.set(i, new ImportProblem(p.line(), csvField(p.field()), p.message()));
        }
        if (course != null) {
          courses.add(new LinedCourse(course, line));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // commons-csv reports a broken quote as an exception whose message carries the line
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      problems.add(new ImportProblem(0, null, "not valid CSV: " + cause.getMessage()));
    }
  }

  private static boolean checkHeader(List<String> header, int line, List<ImportProblem> problems,
      Map<String, Integer> columns) {
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      boolean known = (CourseReader.FIELDS.contains(name) && !name.equals("ratings"))
          || CSV_RATING_COLUMNS.containsKey(name);
      if (!known) {
        problems.add(new ImportProblem(line, name, "unknown column; the columns are "
            + String.join(", ", CourseReader.FIELDS.stream().filter(f -> !f.equals("ratings")).toList()) + ", "
            + String.join(", ", CSV_RATING_COLUMNS.keySet())));
        ok = false;
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(new ImportProblem(line, name, "the column appears twice"));
        ok = false;
      }
    }
    for (String required : List.of("id", "title")) {
      if (!columns.containsKey(required)) {
        problems.add(new ImportProblem(line, required, "no '" + required + "' column; every course needs one"));
        ok = false;
      }
    }
    return ok;
  }

  /** A CSV row as a course record of text values, with its rating (if any) as a one-element list. */
  private static ObjectNode row(CSVRecord record, Map<String, Integer> columns) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode course = nodes.objectNode();
    ObjectNode rating = nodes.objectNode();
    columns.forEach((name, index) -> {
      String value = record.get(index).strip();
      if (value.isEmpty()) {
        return;
      }
      String ratingField = CSV_RATING_COLUMNS.get(name);
      if (ratingField != null) {
        rating.put(ratingField, value);
      } else {
        course.put(name, value);
      }
    });
    if (!rating.isEmpty()) {
      ArrayNode ratings = course.putArray("ratings");
      ratings.add(rating);
    }
    return course;
  }

  /** Names a rating field by its CSV column: {@code ratings[0].mean} → {@code rating_mean}. */
  private static String csvField(String field) {
    if (field != null && field.startsWith("ratings[0].")) {
      return "rating_" + field.substring("ratings[0].".length());
    }
    return field != null && field.equals("ratings[0]") ? "rating_source" : field;
  }

  private static Map<String, String> ratingColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String field : List.of("source", "scale", "mean", "count", "histogram")) {
      columns.put("rating_" + field, field);
    }
    return Collections.unmodifiableMap(columns);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static int lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
