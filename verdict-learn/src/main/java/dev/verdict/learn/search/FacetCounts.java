package dev.verdict.learn.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the courses that match a search (after its filters, before its limit) spread over level,
 * provider, topic and free. A value that is not known counts as {@value #UNKNOWN}, so the level,
 * provider and free counts each add up to the number of matches; a course counts once under each of
 * its topics. Each map is ordered by count, largest first, then by name.
 */
public record FacetCounts(Map<String, Integer> level, Map<String, Integer> provider, Map<String, Integer> topic,
    Map<String, Integer> free) {
  /** The facet value of a course whose level, provider or free flag is not known. */
  public static final String UNKNOWN = "unknown";

  public FacetCounts {
    level = Collections.unmodifiableMap(new LinkedHashMap<>(level));
    provider = Collections.unmodifiableMap(new LinkedHashMap<>(provider));
    topic = Collections.unmodifiableMap(new LinkedHashMap<>(topic));
    free = Collections.unmodifiableMap(new LinkedHashMap<>(free));
  }
}
