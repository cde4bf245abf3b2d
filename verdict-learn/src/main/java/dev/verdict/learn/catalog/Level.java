package dev.verdict.learn.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A course's level, as written in files and on the command line: {@code beginner}, {@code intermediate}, {@code advanced}. */
public enum Level {
  BEGINNER, INTERMEDIATE, ADVANCED;

  /** The lower-case name used in files and output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level with this label (case-insensitive), or empty if there is none. */
  public static Optional<Level> parse(String text) {
    return Arrays.stream(values()).filter(l -> l.label().equalsIgnoreCase(text.strip())).findFirst();
  }

  /** The accepted labels, for error messages: "beginner, intermediate or advanced". */
  public static String labels() {
    String all = Arrays.stream(values()).map(Level::label).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
