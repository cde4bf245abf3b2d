package dev.verdict.learn.search;

import java.util.List;
import java.util.OptionalInt;

/**
 * One course a search found: its id; its rank (1 for the best); its score (BM25, or with semantic
 * retrieval the reciprocal-rank-fusion score); the indexed fields the query's words matched ({@code title},
 * {@code skills}, {@code topics}, {@code summary}, {@code level}; none when it matched by meaning only);
 * and its rank in each ranking that was fused: by words (BM25) and by meaning (sentence embeddings),
 * empty where that ranking did not find it or was not used.
 */
public record SearchHit(String courseId, int rank, double score, List<String> matchedFields, OptionalInt lexicalRank,
    OptionalInt semanticRank) {
  public SearchHit {
    matchedFields = List.copyOf(matchedFields);
  }
}
