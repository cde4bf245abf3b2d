package dev.verdict.learn.search;

import dev.verdict.learn.catalog.Level;

/**
 * What a search keeps: a level, a topic and a provider (whole names, ignoring case), and whether only
 * courses known to be free. A null value (or {@code freeOnly} false) keeps every course.
 */
public record SearchFilter(Level level, String topic, String provider, boolean freeOnly) {
  /** Keeps every course. */
  public static final SearchFilter NONE = new SearchFilter(null, null, null, false);

  public SearchFilter {
    topic = blankToNull(topic);
    provider = blankToNull(provider);
  }

  /** Whether a course passes the filter (topic and provider compared without case; free = known to be free). */
  public boolean matches(dev.verdict.learn.catalog.Course c) {
    return (level == null || level == c.level())
        && (topic == null || c.topics().stream().anyMatch(t -> t.equalsIgnoreCase(topic)))
        && (provider == null || (c.provider() != null && c.provider().equalsIgnoreCase(provider)))
        && (!freeOnly || Boolean.TRUE.equals(c.free()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
