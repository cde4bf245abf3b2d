package dev.verdict.run;

import dev.verdict.BadInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints time budgets such as {@code 30s}, {@code 5m}, {@code 1h}, {@code 1m30s} or {@code 90}. */
public final class Budgets {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private Budgets() {}

  public static Duration parse(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (s.matches("\\d+(\\.\\d+)?")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    }
    Matcher m = PART.matcher(s);
    int end = 0;
    double millis = 0;
    while (m.find() && m.start() == end) {
      double v = Double.parseDouble(m.group(1));
      millis += switch (m.group(2)) {
        case "h" -> v * 3_600_000;
        case "m" -> v * 60_000;
        case "s" -> v * 1000;
        default -> v;
      };
      end = m.end();
    }
    if (s.isEmpty() || end != s.length()) {
      throw new BadInputException("invalid budget '" + text + "'; write it like 30s, 5m, 1h or 1m30s");
    }
    return Duration.ofMillis(Math.round(millis));
  }

  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s >= 60 && s % 60 == 0) {
      return s / 60 + "m";
    }
    if (s >= 60) {
      return s / 60 + "m" + s % 60 + "s";
    }
    return d.toMillis() % 1000 == 0 ? s + "s" : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
