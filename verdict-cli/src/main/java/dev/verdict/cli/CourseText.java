package dev.verdict.cli;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Rating;
import dev.verdict.learn.rating.FairRating;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import dev.verdict.learn.search.FacetCounts;
import dev.verdict.learn.search.SearchHit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The course commands' text: the list and search tables, facet counts and one course's details. Unknown values print as "–". */
final class CourseText {
  static final String UNKNOWN = "–";
  private static final int TITLE_WIDTH = 52;
  private static final String NL = System.lineSeparator();

  private CourseText() {}

  /** The table of courses: id, title, provider, level, free, rating. */
  static String table(List<RatedCourse> courses) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "title", "provider", "level", "free", "rating (0-10)"});
    for (RatedCourse c : courses) {
      rows.add(courseCells(c));
    }
    return render(rows);
  }

  /**
   * The table of search hits, best match first: rank, the list's columns, and the fields the query matched.
   * {@code courses} holds the hits' courses in the hits' order.
   */
  static String searchTable(List<SearchHit> hits, List<RatedCourse> courses) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "id", "title", "provider", "level", "free", "rating (0-10)", "matched in"});
    for (int i = 0; i < hits.size(); i++) {
      String[] cells = courseCells(courses.get(i));
      String[] row = new String[cells.length + 2];
      row[0] = Integer.toString(hits.get(i).rank());
      System.arraycopy(cells, 0, row, 1, cells.length);
      row[row.length - 1] = matchedText(hits.get(i));
      rows.add(row);
    }
    return render(rows);
  }

  /** "title, skills" for a match by words, "meaning" for one by meaning, "title, meaning" for both. */
  static String matchedText(SearchHit hit) {
    List<String> parts = new ArrayList<>(hit.matchedFields());
    if (hit.semanticRank().isPresent()) {
      parts.add("meaning");
    }
    return String.join(", ", parts);
  }

  /** The facet counts, one line per facet: "level     beginner 3, intermediate 1". */
  static String facets(FacetCounts facets) {
    StringBuilder text = new StringBuilder();
    facetLine(text, "level", facets.level());
    facetLine(text, "provider", facets.provider());
    facetLine(text, "topic", facets.topic());
    facetLine(text, "free", facets.free());
    return text.toString();
  }

  private static void facetLine(StringBuilder text, String name, Map<String, Integer> counts) {
    String values = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    text.append(String.format(Locale.ROOT, "  %-9s %s", name, values.isEmpty() ? UNKNOWN : values)).append(NL);
  }

  private static String[] courseCells(RatedCourse c) {
    Course course = c.course();
    return new String[] {course.id(), shorten(course.title(), TITLE_WIDTH), orUnknown(course.provider()),
        course.level() == null ? UNKNOWN : course.level().label(), yesNo(course.free()), ratingText(c.rating())};
  }

  /** Columns padded to their widest cell, the first row a header underlined with dashes. */
  private static String render(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? "" : "  ").append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
      }
      text.append(line.toString().stripTrailing()).append(NL);
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        text.append("-".repeat(total + 2 * (widths.length - 1))).append(NL);
      }
    }
    return text.toString();
  }

  /** The line under the table: how many courses, and how the ratings were made fair. */
  static String footer(int shown, int total, double catalogMean) {
    return shown + " of " + total + " courses. " + ratingNote(catalogMean);
  }

  /** "Rating: Bayesian average on 0-10 with prior weight m = 10 and catalog mean C = 9.84; ..." */
  static String ratingNote(double catalogMean) {
    String mean = Double.isNaN(catalogMean) ? "no course is rated yet"
        : "catalog mean C = " + String.format(Locale.ROOT, "%.2f", catalogMean);
    return "Rating: Bayesian average on 0-10 with prior weight m = " + number(FairRatings.PRIOR_WEIGHT) + " and "
        + mean + "; 'verdict courses show ID' for the details.";
  }

  /** "9.9 (count unknown)", "8.1 (1,234 ratings)", "7.0 (2 ratings, few ratings)" or "unrated". */
  static String ratingText(Optional<FairRating> rating) {
    if (rating.isEmpty()) {
      return "unrated";
    }
    FairRating r = rating.get();
    return String.format(Locale.ROOT, "%.1f (%s%s)", r.weighted(), r.countText(), r.fewRatings() ? ", few ratings" : "");
  }

  /** Every field of one course, its ratings per source, the fair rating and the checked flag. */
  static String details(Course c, Optional<FairRating> fair, double catalogMean) {
    StringBuilder text = new StringBuilder();
    field(text, "id", c.id());
    field(text, "title", c.title());
    field(text, "provider", c.provider());
    field(text, "institution", c.institution());
    field(text, "url", c.url());
    field(text, "summary", c.summary());
    field(text, "topics", join(c.topics()));
    field(text, "skills", join(c.skills()));
    field(text, "level", c.level() == null ? null : c.level().label());
    field(text, "prerequisites", join(c.prerequisites()));
    field(text, "language", c.language());
    field(text, "duration", c.durationHours() == null ? null : number(c.durationHours()) + " hours");
    field(text, "weekly effort", c.weeklyHours() == null ? null : number(c.weeklyHours()) + " hours a week");
    field(text, "free", c.free() == null ? null : yesNo(c.free()));
    field(text, "price", c.price());
    field(text, "certificate", c.certificate() == null ? null : yesNo(c.certificate()));
    field(text, "last updated", c.lastUpdated());
    field(text, "format", c.format());
    if (c.ratings().isEmpty()) {
      field(text, "ratings", "none: unrated");
    } else {
      text.append("ratings").append(NL);
      for (Rating r : c.ratings()) {
        text.append("  ").append(r.source()).append(": ").append(decimal(r.mean())).append(" / ")
            .append(number(r.scale()));
        if (r.scale() != 10) {
          text.append(" (").append(String.format(Locale.ROOT, "%.2f", r.mean() * 10 / r.scale())).append(" / 10)");
        }
        text.append(", ").append(r.countKnown()
            ? String.format(Locale.ROOT, "%,d %s", r.count(), r.count() == 1 ? "rating" : "ratings")
            : "count unknown");
        if (r.histogram() != null) {
          text.append(", histogram ").append(r.histogram());
        }
        text.append(NL);
      }
    }
    if (fair.isEmpty()) {
      field(text, "fair rating", "unrated");
    } else {
      FairRating f = fair.get();
      field(text, "fair rating", String.format(Locale.ROOT,
          "%.2f / 10 (%s%s): mean R = %.2f weighted as v = %s ratings%s, catalog mean C = %.2f, prior weight m = %s",
          f.weighted(), f.countText(), f.fewRatings() ? ", few ratings" : "", f.mean(), number(f.weight()),
          f.countUnknown() ? " (a mean with unknown count weighs as m)" : "", catalogMean,
          number(FairRatings.PRIOR_WEIGHT)));
      field(text, "lower bound", f.hasLowerBound()
          ? String.format(Locale.ROOT, "%.2f / 10 (for ranking, from the histogram)", f.lowerBound()) : null);
    }
    field(text, "checked", c.checked() ? "yes: the fields were checked against the provider's page"
        : "no: fields not checked against the provider's page");
    return text.toString();
  }

  /** A number without a needless ".0": 10, 9.8, 12.5. */
  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  /** At most two decimals, without trailing zeros: 9.8, 4.7, 10. */
  static String decimal(double x) {
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(String.format(Locale.ROOT, "%-14s %s", name, value == null ? UNKNOWN : value)).append(NL);
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
  }

  private static String orUnknown(String value) {
    return value == null ? UNKNOWN : value;
  }

  private static String yesNo(Boolean value) {
    return value == null ? UNKNOWN : value ? "yes" : "no";
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
