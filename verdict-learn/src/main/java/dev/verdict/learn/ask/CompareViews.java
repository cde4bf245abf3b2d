package dev.verdict.learn.ask;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link CompareView} from course records: the fields side by side ("–" where unknown) and
 * the key differences, computed from the known fields only (a field unknown for every course is named
 * once, never guessed).
 */
final class CompareViews {
  /** Durations differ when the longest is at least this many times the shortest. */
  static final double DURATION_RATIO = 1.5;

  private CompareViews() {}

  static CompareView of(List<RatedCourse> courses) {
    List<CompareView.Row> rows = new ArrayList<>();
    row(rows, courses, "title", c -> c.course().title());
    row(rows, courses, "provider", c -> c.course().provider());
    row(rows, courses, "level", c -> c.course().level() == null ? null : c.course().level().label());
    row(rows, courses, "hours", c -> c.course().durationHours() == null ? null : Assistant.number(c.course().durationHours()));
    row(rows, courses, "hours/week", c -> c.course().weeklyHours() == null ? null : Assistant.number(c.course().weeklyHours()));
    row(rows, courses, "prerequisites", c -> c.course().prerequisites().isEmpty() ? null : String.join("; ", c.course().prerequisites()));
    row(rows, courses, "price", c -> price(c.course()));
    row(rows, courses, "certificate", c -> yesNo(c.course().certificate()));
    row(rows, courses, "rating", c -> c.rating().map(r -> String.format(Locale.ROOT, "%.1f/10", r.weighted())).orElse("unrated"));
    row(rows, courses, "interval", c -> {
      double[] interval = FairRatings.interval(c.course().ratings());
      return Double.isNaN(interval[0]) ? null : String.format(Locale.ROOT, "%.1f–%.1f", interval[0], interval[1]);
    });
    row(rows, courses, "count", c -> c.rating().map(r -> r.countUnknown() ? "unknown" : String.format(Locale.ROOT, "%,d", r.knownCount()))
        .orElse(null));
    row(rows, courses, "last updated", c -> c.course().lastUpdated());
    return new CompareView(courses.stream().map(c -> c.course().id()).toList(), rows, differences(courses));
  }

  private static void row(List<CompareView.Row> rows, List<RatedCourse> courses, String field, Function<RatedCourse, String> value) {
    rows.add(new CompareView.Row(field, courses.stream().map(value).map(v -> v == null || v.isBlank() ? CompareView.UNKNOWN : v).toList()));
  }

  static String price(Course c) {
    if (Boolean.TRUE.equals(c.free())) {
      return "free";
    }
    if (c.price() != null) {
      return c.price();
    }
    return Boolean.FALSE.equals(c.free()) ? "paid" : null;
  }

  private static String yesNo(Boolean b) {
    return b == null ? null : b ? "yes" : "no";
  }

  static List<String> differences(List<RatedCourse> courses) {
    List<String> out = new ArrayList<>();
    List<String> unknownForAll = new ArrayList<>();
    // level
    List<RatedCourse> leveled = courses.stream().filter(c -> c.course().level() != null).toList();
    if (leveled.stream().map(c -> c.course().level()).distinct().count() > 1) {
      out.add("Levels differ: " + leveled.stream().sorted(Comparator.comparing(c -> c.course().level()))
          .map(c -> id(c) + " " + c.course().level().label()).collect(Collectors.joining(", ")) + ".");
    } else if (leveled.isEmpty()) {
      unknownForAll.add("level");
    }
    // duration
    List<RatedCourse> timed = courses.stream().filter(c -> c.course().durationHours() != null)
        .sorted(Comparator.comparingDouble(c -> c.course().durationHours())).toList();
    if (timed.size() >= 2 && timed.get(timed.size() - 1).course().durationHours() >= DURATION_RATIO * timed.get(0).course().durationHours()) {
      out.add(String.format(Locale.ROOT, "%s is the shortest (%s h), %s the longest (%s h).", id(timed.get(0)),
          Assistant.number(timed.get(0).course().durationHours()), id(timed.get(timed.size() - 1)),
          Assistant.number(timed.get(timed.size() - 1).course().durationHours())));
    } else if (timed.isEmpty()) {
      unknownForAll.add("hours");
    }
    // price
    split(out, unknownForAll, courses, c -> c.course().free(), "free", "known to be free", "not free");
    // certificate
    split(out, unknownForAll, courses, c -> c.course().certificate(), "certificate", "with a certificate", "without a certificate");
    // prerequisites
    List<RatedCourse> withPrereq = courses.stream().filter(c -> !c.course().prerequisites().isEmpty()).toList();
    if (!withPrereq.isEmpty() && withPrereq.size() < courses.size()) {
      out.add("Prerequisites listed for " + withPrereq.stream().map(c -> id(c) + " (" + String.join("; ", c.course().prerequisites()) + ")")
          .collect(Collectors.joining(", ")) + "; none listed for the others.");
    } else if (withPrereq.isEmpty()) {
      unknownForAll.add("prerequisites");
    }
    // ratings
    List<RatedCourse> rated = courses.stream().filter(c -> c.rating().isPresent()).sorted(RatedCourse.BY_RATING).toList();
    if (rated.isEmpty()) {
      unknownForAll.add("ratings");
    } else if (rated.size() < courses.size()) {
      out.add((rated.size() == 1 ? "Only " + id(rated.get(0)) + " is rated: " : "Rated: ")
          + rated.stream().map(c -> (rated.size() == 1 ? "" : id(c) + " ") + Assistant.ratingText(c)).collect(Collectors.joining(", "))
          + "; the others are unrated.");
    }
    if (rated.size() >= 2) {
      RatedCourse best = rated.get(0);
      RatedCourse next = rated.get(1);
      double[] a = FairRatings.interval(best.course().ratings());
      double[] b = FairRatings.interval(next.course().ratings());
      if (!Double.isNaN(a[0]) && !Double.isNaN(b[0]) && a[0] > b[1]) {
        out.add(String.format(Locale.ROOT, "%s is rated clearly higher than %s (their intervals do not overlap).", id(best), id(next)));
      } else if (rated.stream().anyMatch(c -> c.rating().get().countUnknown())) {
        out.add("Some ratings have no known count, so how far apart they are cannot be judged.");
      } else {
        out.add(String.format(Locale.ROOT, "The ratings of %s and %s are within each other's uncertainty.", id(best), id(next)));
      }
    }
    // last updated
    List<RatedCourse> dated = courses.stream().filter(c -> c.course().lastUpdated() != null)
        .sorted(Comparator.comparing((RatedCourse c) -> c.course().lastUpdated())).toList();
    if (dated.size() >= 2 && !Objects.equals(dated.get(0).course().lastUpdated(), dated.get(dated.size() - 1).course().lastUpdated())) {
      out.add(String.format(Locale.ROOT, "Most recently updated: %s (%s); oldest: %s (%s).", id(dated.get(dated.size() - 1)),
          dated.get(dated.size() - 1).course().lastUpdated(), id(dated.get(0)), dated.get(0).course().lastUpdated()));
    } else if (dated.isEmpty()) {
      unknownForAll.add("last updated");
    }
    if (!unknownForAll.isEmpty()) {
      out.add("Not in the catalog for any of them: " + String.join(", ", unknownForAll) + ".");
    }
    return out;
  }

  private static void split(List<String> out, List<String> unknownForAll, List<RatedCourse> courses, Function<RatedCourse, Boolean> field,
      String name, String yes, String no) {
    List<String> ys = courses.stream().filter(c -> Boolean.TRUE.equals(field.apply(c))).map(CompareViews::id).toList();
    List<String> ns = courses.stream().filter(c -> Boolean.FALSE.equals(field.apply(c))).map(CompareViews::id).toList();
    int unknown = courses.size() - ys.size() - ns.size();
    if (ys.isEmpty() && ns.isEmpty()) {
      unknownForAll.add(name);
    } else if (!ys.isEmpty() && ys.size() < courses.size()) {
      out.add(capitalise(yes) + ": " + String.join(", ", ys) + (ns.isEmpty() ? "" : "; " + no + ": " + String.join(", ", ns))
          + (unknown > 0 ? "; unknown for the others" : "") + ".");
    } else if (ys.isEmpty() && ns.size() < courses.size()) {
      out.add(capitalise(no) + ": " + String.join(", ", ns) + "; unknown for the others.");
    }
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String id(RatedCourse c) {
    return "[" + c.course().id() + "]";
  }
}
