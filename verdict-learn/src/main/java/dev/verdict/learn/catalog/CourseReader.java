package dev.verdict.learn.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and validates one course record given as a JSON object, recording every problem with its line
 * and field. A CSV row arrives as an object of text values (lists and the rating already split out), so
 * the same rules apply to both formats; {@code fromText} then lets numbers and booleans be written as text.
 */
final class CourseReader {
  /** The fields of a course record, in the order of {@link Course}. */
  static final List<String> FIELDS = List.of("id", "title", "provider", "institution", "url", "summary", "topics",
      "skills", "level", "prerequisites", "language", "durationHours", "weeklyHours", "free", "price", "certificate",
      "lastUpdated", "format", "ratings", "checked");
  static final List<String> RATING_FIELDS = List.of("source", "scale", "mean", "count", "histogram");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final List<ImportProblem> problems;
  private final boolean fromText;
  private int line;
  private boolean failed;

  CourseReader(List<ImportProblem> problems, boolean fromText) {
    this.problems = problems;
    this.fromText = fromText;
  }

  /** The course in {@code record}, or null when it has problems (all of them recorded). */
  Course read(JsonNode record, int recordLine) {
    this.line = recordLine;
    this.failed = false;
    if (!record.isObject()) {
      problem(null, "a course must be a JSON object, got " + kind(record));
      return null;
    }
    for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problem(name, "unknown field; the fields are " + String.join(", ", FIELDS));
      }
    }
    String id = text(record, "id");
    if (id == null) {
      problem("id", "missing; every course needs an id");
    } else if (!ID.matcher(id).matches()) {
      problem("id", "'" + id + "' is not a valid id: letters, digits, '.', '_' and '-', starting with a letter or digit,"
          + " at most 100 characters");
    }
    String title = text(record, "title");
    if (title == null) {
      problem("title", "missing; every course needs a title");
    }
    String url = text(record, "url");
    if (url != null && !validUrl(url)) {
      problem("url", "'" + url + "' is not an http(s) address such as https://example.org/course");
    }
    Level level = null;
    String levelText = text(record, "level");
    if (levelText != null) {
      level = Level.parse(levelText).orElse(null);
      if (level == null) {
        problem("level", "'" + levelText + "' is not " + Level.labels());
      }
    }
    Double duration = hours(record, "durationHours");
    Double weekly = hours(record, "weeklyHours");
    String lastUpdated = text(record, "lastUpdated");
    if (lastUpdated != null && !DATE.matcher(lastUpdated).matches()) {
      problem("lastUpdated", "'" + lastUpdated + "' is not a date written yyyy, yyyy-mm or yyyy-mm-dd");
    }
    Boolean checked = bool(record, "checked");
    Course course = null;
    List<Rating> ratings = ratings(record.get("ratings"));
    if (!failed) {
      course = new Course(id, title, text(record, "provider"), text(record, "institution"), url,
          text(record, "summary"), list(record, "topics"), list(record, "skills"), level,
          list(record, "prerequisites"), text(record, "language"), duration, weekly, bool(record, "free"),
          text(record, "price"), bool(record, "certificate"), lastUpdated, text(record, "format"), ratings,
          checked != null && checked);
    }
    return failed ? null : course;
  }

  private List<Rating> ratings(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem("ratings", "must be a list of ratings, got " + kind(node));
      return List.of();
    }
    List<Rating> ratings = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = "ratings[" + i + "]";
      JsonNode r = node.get(i);
      if (!r.isObject()) {
        problem(at, "a rating must be an object with " + String.join(", ", RATING_FIELDS) + ", got " + kind(r));
        continue;
      }
      for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!RATING_FIELDS.contains(name)) {
          problem(at + "." + name, "unknown field; a rating has " + String.join(", ", RATING_FIELDS));
        }
      }
      String source = text(r, "source", at + ".source");
      Double scale = number(r, "scale", at + ".scale");
      Double mean = number(r, "mean", at + ".mean");
      Double count = number(r, "count", at + ".count");
      List<Long> histogram = histogram(r.get("histogram"), at + ".histogram");
      if (source == null) {
        problem(at + ".source", "missing; say who published the rating");
        continue;
      }
      if (source.equalsIgnoreCase(Rating.USER_SOURCE)) {
        problem(at + ".source", "'" + Rating.USER_SOURCE + "' is kept for your own ratings (verdict courses rate)");
        continue;
      }
      if (sources.contains(source)) {
        problem(at + ".source", "the source '" + source + "' appears twice for this course");
        continue;
      }
      sources.add(source);
      if (scale == null) {
        problem(at + ".scale", "missing; give the source's scale, e.g. 5 for stars or 10");
        continue;
      }
      if (!(scale > 0)) {
        problem(at + ".scale", "must be positive, got " + Rating.format(scale));
        continue;
      }
      if (mean != null && !(mean >= 0 && mean <= scale)) {
        problem(at + ".mean", Rating.format(mean) + " is outside the scale 0.." + Rating.format(scale));
        continue;
      }
      if (count != null && (count < 1 || count != Math.rint(count))) {
        problem(at + ".count", "must be a whole number of at least 1, got " + Rating.format(count));
        continue;
      }
      try {
        ratings.add(new Rating(source, scale, mean, count == null ? null : count.longValue(), histogram));
      } catch (IllegalArgumentException e) {
        problem(mean == null && histogram == null ? at + ".mean" : at + ".histogram", e.getMessage());
      }
    }
    return ratings;
  }

  private List<Long> histogram(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<Long> counts = new ArrayList<>();
    if (fromText && node.isTextual()) {
      for (String part : node.asText().split(";", -1)) {
        try {
          counts.add(Long.parseLong(part.strip()));
        } catch (NumberFormatException e) {
          problem(field, "'" + part.strip() + "' is not a whole number; write the counts per level separated by ';'");
          return null;
        }
      }
      return counts;
    }
    if (!node.isArray()) {
      problem(field, "must be a list of counts, one per level, got " + kind(node));
      return null;
    }
    for (JsonNode n : node) {
      if (!n.canConvertToExactIntegral() || !n.isNumber()) {
        problem(field, "the counts must be whole numbers, got " + n);
        return null;
      }
      counts.add(n.asLong());
    }
    return counts;
  }

  private String text(JsonNode record, String name) {
    return text(record, name, name);
  }

  private String text(JsonNode record, String name, String field) {
    JsonNode node = record.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problem(field, "must be text, got " + kind(node));
      return null;
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }

  private Double number(JsonNode record, String name, String field) {
    JsonNode node = record.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (fromText && node.isTextual()) {
      String value = node.asText().strip();
      if (value.isEmpty()) {
        return null;
      }
      try {
        double x = Double.parseDouble(value);
        if (Double.isFinite(x)) {
          return x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(field, "'" + value + "' is not a number");
      return null;
    }
    problem(field, "must be a number, got " + kind(node));
    return null;
  }

  private Double hours(JsonNode record, String name) {
    Double hours = number(record, name, name);
    if (hours != null && hours < 0) {
      problem(name, "cannot be negative, got " + Rating.format(hours));
      return null;
    }
    return hours;
  }

  private Boolean bool(JsonNode record, String name) {
    JsonNode node = record.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (fromText && node.isTextual()) {
      switch (node.asText().strip().toLowerCase(Locale.ROOT)) {
        case "" -> {
          return null;
        }
        case "true", "yes" -> {
          return true;
        }
        case "false", "no" -> {
          return false;
        }
        default -> {
          problem(name, "'" + node.asText().strip() + "' is not true, false, yes or no");
          return null;
        }
      }
    }
    problem(name, "must be true or false, got " + kind(node));
    return null;
  }

  private List<String> list(JsonNode record, String name) {
    JsonNode node = record.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    if (fromText && node.isTextual()) {
      for (String part : node.asText().split(";")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
      return values;
    }
    if (!node.isArray()) {
      problem(name, "must be a list of text, got " + kind(node));
      return List.of();
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        problem(name, "must be a list of text, but holds " + kind(item));
        return List.of();
      }
      if (!item.asText().isBlank()) {
        values.add(item.asText().strip());
      }
    }
    return values;
  }

  private static boolean validUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "text '" + node.asText() + "'";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private void problem(String field, String message) {
    problems.add(new ImportProblem(line, field, message));
    failed = true;
  }
}
