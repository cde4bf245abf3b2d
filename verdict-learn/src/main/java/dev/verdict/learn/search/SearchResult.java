package dev.verdict.learn.search;

import java.util.List;

/**
 * What a search returns: the hits, best first and at most the limit asked for; how many courses
 * matched in all (after the filters); and the facet counts over all of them.
 */
public record SearchResult(List<SearchHit> hits, int totalMatches, FacetCounts facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** The hits' course ids, most relevant first. */
  public List<String> courseIds() {
    return hits.stream().map(SearchHit::courseId).toList();
  }

  /** Whether no course matched. */
  public boolean isEmpty() {
    return totalMatches == 0;
  }
}
