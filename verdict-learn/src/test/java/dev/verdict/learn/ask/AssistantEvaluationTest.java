package dev.verdict.learn.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.learn.catalog.CatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assistant against its evaluation set ({@code evaluation.json}: questions with hand-graded relevant
 * course ids, 2 = ideal, 1 = acceptable, and questions nothing in the catalog fits). Recall@3: the share of
 * a question's relevant courses among the answer's first three picks, out of at most three. nDCG@5 with
 * gains 2^grade − 1. No-match questions must find nothing; no answer may cite an id outside the catalog.
 * The figures are printed and quoted in the module's README.
 */
class AssistantEvaluationTest {
  /** Floors, set a little under what the assistant measured when the set was written (see the README). */
  static final double MIN_RECALL_AT_3 = 0.85;
  static final double MIN_NDCG_AT_5 = 0.80;
  static final double MIN_NO_MATCH_ACCURACY = 0.9;

  private static Assistant assistant;

  @BeforeAll
  static void open() {
    assistant = Assistant.of(CatalogReader.shipped(), true);
  }

  @AfterAll
  static void close() {
    assistant.close();
  }

  record Case(String query, String intent, Map<String, Integer> relevant) {}

  static List<Case> cases() throws IOException {
    try (InputStream in = AssistantEvaluationTest.class.getResourceAsStream("/dev/verdict/learn/ask/evaluation.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Case> cases = new ArrayList<>();
      for (JsonNode q : root.get("queries")) {
        Map<String, Integer> relevant = new LinkedHashMap<>();
        q.get("relevant").fields().forEachRemaining(e -> relevant.put(e.getKey(), e.getValue().asInt()));
        cases.add(new Case(q.get("query").asText(), q.get("intent").asText(), relevant));
      }
      return cases;
    }
  }

  static double recallAt3(List<String> ranked, Map<String, Integer> relevant) {
    long hits = ranked.stream().limit(3).filter(relevant::containsKey).count();
    return (double) hits / Math.min(3, relevant.size());
  }

  static double ndcgAt5(List<String> ranked, Map<String, Integer> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(5, ranked.size()); i++) {
      dcg += (Math.pow(2, relevant.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).limit(5).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return dcg / idcg;
  }

  @Test
  void metricsOfAKnownRanking() {
    Map<String, Integer> relevant = Map.of("a", 2, "b", 1, "c", 2);
    assertEquals(1.0, recallAt3(List.of("c", "a", "b"), relevant), 1e-12);
    assertEquals(2.0 / 3, recallAt3(List.of("a", "x", "b", "c"), relevant), 1e-12);
    assertEquals(1.0, ndcgAt5(List.of("a", "c", "b"), relevant), 1e-12);
    assertTrue(ndcgAt5(List.of("b", "a", "c"), relevant) < 1);
    assertEquals(0.0, ndcgAt5(List.of("x", "y"), relevant), 1e-12);
  }

  @Test
  void answersMeetTheFloorsAndCiteOnlyCatalogCourses() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, "at least 40 questions: " + cases.size());
    Set<String> catalog = assistant.courseIds();
    Map<String, double[]> byIntent = new TreeMap<>(); // recall sum, ndcg sum, count
    double recall = 0;
    double ndcg = 0;
    int graded = 0;
    int noMatch = 0;
    int noMatchRight = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      c.relevant().keySet().forEach(id -> assertTrue(catalog.contains(id), "evaluation.json names " + id + ", not in the catalog"));
      Answer a = assistant.ask(c.query());
      for (String id : a.citedIds()) {
        assertTrue(catalog.contains(id), c.query() + " → cites " + id + ", not in the catalog");
      }
      List<String> ranked = a.picks().stream().map(Pick::courseId).toList();
      if (c.relevant().isEmpty()) {
        noMatch++;
        if (!a.found()) {
          noMatchRight++;
        } else {
          misses.add(String.format(Locale.ROOT, "NONE  %-55s → %s", c.query(), ranked));
        }
        continue;
      }
      double r = recallAt3(ranked, c.relevant());
      double n = ndcgAt5(ranked, c.relevant());
      recall += r;
      ndcg += n;
      graded++;
      double[] sums = byIntent.computeIfAbsent(c.intent(), k -> new double[3]);
      sums[0] += r;
      sums[1] += n;
      sums[2]++;
      if (r < 1) {
        misses.add(String.format(Locale.ROOT, "%-5s %-55s recall@3 %.2f nDCG@5 %.2f → %s (%s)", c.intent(), c.query(), r, n,
            ranked, a.intent()));
      }
    }
    recall /= graded;
    ndcg /= graded;
    double noMatchAccuracy = (double) noMatchRight / noMatch;
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "assistant evaluation: %d questions; recall@3 %.3f, nDCG@5 %.3f over %d with relevant courses; no-match %d/%d found nothing%n",
        cases.size(), recall, ndcg, graded, noMatchRight, noMatch));
    byIntent.forEach((intent, s) -> report.append(String.format(Locale.ROOT, "  %-8s %2d questions: recall@3 %.3f, nDCG@5 %.3f%n",
        intent, (int) s[2], s[0] / s[2], s[1] / s[2])));
    misses.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.print(report);
    assertTrue(recall >= MIN_RECALL_AT_3, report.toString());
    assertTrue(ndcg >= MIN_NDCG_AT_5, report.toString());
    assertTrue(noMatchAccuracy >= MIN_NO_MATCH_ACCURACY, report.toString());
  }
}
