package dev.verdict.learn.search;

import dev.verdict.BadInputException;
import dev.verdict.learn.catalog.Course;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index of courses, searched with BM25 over title (boosted), summary, skills,
 * topics and level, with filters on level, provider, topic and free and facet counts over the matches.
 * Built with {@link #hybrid}, it also ranks the courses by meaning (sentence embeddings, see
 * {@link CourseEmbeddings}) and fuses the two rankings by reciprocal rank fusion: a course scores
 * 1/({@value #RRF_K} + rank) for each ranking that found it, so a course found by both, or high in
 * either, comes first; the matches are the courses either ranking found.
 *
 * <p>The query is plain text, never Lucene syntax: it is analyzed into words (English stop words
 * dropped, words stemmed, so "programming" also finds "program") and a course matches when any word
 * does, ranked by BM25. Characters such as {@code + ( ) " :} and the words AND, OR, NOT mean nothing
 * special, so no text makes the search fail; text with no word left to search for (empty, or only
 * stop words and punctuation) is a {@link BadInputException}.
 */
public final class CourseIndex implements AutoCloseable {
  /** The k of reciprocal rank fusion: 60, as proposed by Cormack, Clarke and Büttcher (SIGIR 2009). */
  public static final int RRF_K = 60;
  /** The searched text fields and their boosts: a word in the title counts most. */
  private static final Map<String, Float> TEXT_FIELDS = textFields();
  private static final String ID = "id";
  private static final String LEVEL_KEY = "level_key";
  private static final String PROVIDER_KEY = "provider_key";
  private static final String TOPIC_KEY = "topic_key";
  private static final String FREE_KEY = "free_key";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, Course> courses = new HashMap<>();
  private final CourseEmbeddings embeddings;

  private CourseIndex(List<Course> catalog, boolean withEmbeddings) throws IOException {
    embeddings = withEmbeddings ? CourseEmbeddings.of(catalog) : null; // first: nothing to close if it fails
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Course course : catalog) {
        if (courses.put(course.id(), course) != null) {
          throw new IllegalArgumentException("Course id twice in the catalog: " + course.id());
        }
        writer.addDocument(document(course));
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
  }

  /** Indexes these courses (ids must differ) for search by words (BM25) only; close the index when done. */
  public static CourseIndex of(List<Course> catalog) {
    return build(catalog, false);
  }

  /**
   * Indexes these courses (ids must differ) for search by words (BM25) and by meaning (sentence embeddings),
   * fused by reciprocal rank fusion. Loading the embedding model takes a few seconds the first time.
   */
  public static CourseIndex hybrid(List<Course> catalog) {
    return build(catalog, true);
  }

  private static CourseIndex build(List<Course> catalog, boolean withEmbeddings) {
    try {
      return new CourseIndex(catalog, withEmbeddings);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not build the in-memory course index", e);
    }
  }

  /** Whether searches also rank by meaning (built with {@link #hybrid}). */
  public boolean isHybrid() {
    return embeddings != null;
  }

  /** How many courses are indexed. */
  public int size() {
    return courses.size();
  }

  /**
   * The courses matching the query text and the filter, best first, at most {@code limit} of them,
   * with the number of matches and their facet counts. A null filter keeps every course.
   *
   * @throws BadInputException when the text has no word to search for
   */
  public SearchResult search(String text, SearchFilter filter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("The limit must be at least 1: " + limit);
    }
    Map<String, Query> byField = fieldQueries(text == null ? "" : text);
    SearchFilter keep = filter == null ? SearchFilter.NONE : filter;
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    byField.forEach((field, query) -> anyField.add(new BoostQuery(query, TEXT_FIELDS.get(field)), Occur.SHOULD));
    BooleanQuery.Builder full = new BooleanQuery.Builder().add(anyField.build(), Occur.MUST);
    filters(keep).forEach(q -> full.add(q, Occur.FILTER));
    try {
      TopDocs top = searcher.search(full.build(), Math.max(1, reader.numDocs()));
      List<String> lexical = new ArrayList<>();
      Map<String, Double> bm25 = new HashMap<>();
      Map<String, Integer> docs = new HashMap<>();
      for (ScoreDoc doc : top.scoreDocs) {
        String id = searcher.storedFields().document(doc.doc).get(ID);
        lexical.add(id);
        bm25.put(id, (double) doc.score);
        docs.put(id, doc.doc);
      }
      List<String> semantic = embeddings == null ? List.of()
          : embeddings.rank(text, allowed(keep)).stream().map(CourseEmbeddings.Similar::courseId).toList();
      Map<String, Double> scores = embeddings == null ? bm25 : fuse(lexical, semantic);
      Map<String, Integer> lexicalRanks = ranks(lexical);
      Map<String, Integer> semanticRanks = ranks(semantic);
      List<String> ranked = embeddings == null ? lexical : scores.keySet().stream()
          .sorted(Comparator.comparingDouble((String id) -> scores.get(id)).reversed()
              .thenComparingInt(id -> lexicalRanks.getOrDefault(id, Integer.MAX_VALUE))
              .thenComparingInt(id -> semanticRanks.getOrDefault(id, Integer.MAX_VALUE)))
          .toList();
      List<SearchHit> hits = new ArrayList<>();
      for (String id : ranked.subList(0, Math.min(limit, ranked.size()))) {
        Integer doc = docs.get(id);
        hits.add(new SearchHit(id, hits.size() + 1, scores.get(id),
            doc == null ? List.of() : matchedFields(byField, doc), optional(lexicalRanks.get(id)),
            optional(semanticRanks.get(id))));
      }
      return new SearchResult(hits, ranked.size(), facets(ranked.stream().map(courses::get).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the in-memory course index", e);
    }
  }

  /** Reciprocal rank fusion: each course scores the sum of 1/(k + rank) over the rankings that hold it. */
  static Map<String, Double> fuse(List<String> first, List<String> second) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (List<String> ranking : List.of(first, second)) {
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
      }
    }
    return scores;
  }

  /** Each id's rank in the ranking, from 1. */
  private static Map<String, Integer> ranks(List<String> ranking) {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      ranks.put(ranking.get(i), i + 1);
    }
    return ranks;
  }

  private static OptionalInt optional(Integer rank) {
    return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** The ids of the courses that pass the filter. */
  private Set<String> allowed(SearchFilter filter) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
    filters(filter).forEach(q -> query.add(q, Occur.FILTER));
    Set<String> ids = new HashSet<>();
    for (ScoreDoc doc : searcher.search(query.build(), Math.max(1, reader.numDocs())).scoreDocs) {
      ids.add(searcher.storedFields().document(doc.doc).get(ID));
    }
    return ids;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the in-memory course index", e);
    } finally {
      analyzer.close();
    }
  }

  private static Map<String, Float> textFields() {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put("title", 3.0f);
    fields.put("skills", 1.5f);
    fields.put("topics", 1.5f);
    fields.put("summary", 1.0f);
    fields.put("level", 1.0f);
    return fields;
  }

  private static Document document(Course c) {
    Document doc = new Document();
    doc.add(new StringField(ID, c.id(), Field.Store.YES));
    doc.add(new TextField("title", c.title(), Field.Store.NO));
    doc.add(new TextField("summary", c.summary() == null ? "" : c.summary(), Field.Store.NO));
    doc.add(new TextField("skills", String.join("\n", c.skills()), Field.Store.NO));
    doc.add(new TextField("topics", String.join("\n", c.topics()), Field.Store.NO));
    doc.add(new TextField("level", c.level() == null ? "" : c.level().label(), Field.Store.NO));
    doc.add(new StringField(LEVEL_KEY, key(c.level() == null ? null : c.level().label()), Field.Store.NO));
    doc.add(new StringField(PROVIDER_KEY, key(c.provider()), Field.Store.NO));
    doc.add(new StringField(FREE_KEY, c.free() == null ? FacetCounts.UNKNOWN : c.free() ? "yes" : "no",
        Field.Store.NO));
    for (String topic : c.topics()) {
      doc.add(new StringField(TOPIC_KEY, key(topic), Field.Store.NO));
    }
    return doc;
  }

  /** The exact-match form of a level, provider or topic: stripped and lower case; unknown when absent. */
  private static String key(String value) {
    return value == null || value.isBlank() ? FacetCounts.UNKNOWN : value.strip().toLowerCase(Locale.ROOT);
  }

  private Map<String, Query> fieldQueries(String text) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    Map<String, Query> byField = new LinkedHashMap<>();
    for (String field : TEXT_FIELDS.keySet()) {
      Query query = builder.createBooleanQuery(field, text, Occur.SHOULD);
      if (query != null) {
        byField.put(field, query);
      }
    }
    if (byField.isEmpty()) {
      throw new BadInputException("The search query '" + text.strip() + "' has no word to search for"
          + " (common words such as 'the' and 'for', and punctuation, are ignored); give one or more keywords.");
    }
    return byField;
  }

  private static List<Query> filters(SearchFilter filter) {
    List<Query> queries = new ArrayList<>();
    if (filter.level() != null) {
      queries.add(new TermQuery(new Term(LEVEL_KEY, filter.level().label())));
    }
    if (filter.topic() != null) {
      queries.add(new TermQuery(new Term(TOPIC_KEY, key(filter.topic()))));
    }
    if (filter.provider() != null) {
      queries.add(new TermQuery(new Term(PROVIDER_KEY, key(filter.provider()))));
    }
    if (filter.freeOnly()) {
      queries.add(new TermQuery(new Term(FREE_KEY, "yes")));
    }
    return queries;
  }

  private List<String> matchedFields(Map<String, Query> byField, int doc) throws IOException {
    List<String> fields = new ArrayList<>();
    for (Map.Entry<String, Query> e : byField.entrySet()) {
      if (searcher.explain(e.getValue(), doc).isMatch()) {
        fields.add(e.getKey());
      }
    }
    return fields;
  }

  private static FacetCounts facets(List<Course> matched) {
    Map<String, Integer> topics = new HashMap<>();
    for (Course c : matched) {
      c.topics().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct()
          .forEach(t -> topics.merge(t, 1, Integer::sum));
    }
    return new FacetCounts(
        count(matched, c -> c.level() == null ? FacetCounts.UNKNOWN : c.level().label()),
        count(matched, c -> c.provider() == null || c.provider().isBlank() ? FacetCounts.UNKNOWN : c.provider()),
        ordered(topics),
        count(matched, c -> c.free() == null ? FacetCounts.UNKNOWN : c.free() ? "yes" : "no"));
  }

  private static Map<String, Integer> count(List<Course> matched, Function<Course, String> value) {
    Map<String, Integer> counts = new HashMap<>();
    matched.forEach(c -> counts.merge(value.apply(c), 1, Integer::sum));
    return ordered(counts);
  }

  private static Map<String, Integer> ordered(Map<String, Integer> counts) {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
