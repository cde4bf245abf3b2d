package dev.verdict.cli;

import dev.verdict.learn.catalog.Level;
import dev.verdict.learn.search.SearchFilter;
import picocli.CommandLine.Option;

/** The filters shared by {@code verdict courses list} and {@code search}. */
final class CourseFilterOptions {
  @Option(names = "--level", paramLabel = "LEVEL", description = "only this level: beginner, intermediate or advanced")
  Level level;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "only courses with this topic (case-insensitive)")
  String topic;

  @Option(names = "--provider", paramLabel = "NAME", description = "only this provider (case-insensitive)")
  String provider;

  @Option(names = "--free", description = "only courses known to be free")
  boolean free;

  SearchFilter filter() {
    return new SearchFilter(level, topic, provider, free);
  }

  /** "level advanced, free only", or empty without filters. */
  String describe() {
    StringBuilder text = new StringBuilder();
    if (level != null) {
      text.append(", level ").append(level.label());
    }
    if (topic != null && !topic.isBlank()) {
      text.append(", topic ").append(topic.strip());
    }
    if (provider != null && !provider.isBlank()) {
      text.append(", provider ").append(provider.strip());
    }
    if (free) {
      text.append(", free only");
    }
    return text.isEmpty() ? "" : text.substring(2);
  }
}
