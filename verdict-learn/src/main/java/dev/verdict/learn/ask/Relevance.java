package dev.verdict.learn.ask;

import dev.verdict.learn.catalog.Course;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How well a course covers a subject's words, in the same analysis as the search (Lucene's English
 * analyzer: stop words dropped, words stemmed). A word found in the course's title, topics, skills,
 * provider or institution counts 1; found only in its summary or prerequisites, ½. Coverage is the
 * mean over the subject's words, so 1 means every word is in a field that names what the course is.
 */
final class Relevance implements AutoCloseable {
  private final Analyzer analyzer = new EnglishAnalyzer();

  /** The subject's words after analysis, in order, each once. */
  List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms);
  }

  /**
   * One course against the subject's terms.
   *
   * @param score mean over the terms: 1 in a naming field, ½ in the summary or prerequisites only, else 0
   * @param everyTerm whether every term is somewhere in the record
   * @param primary whether every term is in the course's first topic: a course about the subject, not
   *     one that touches it
   */
  record Coverage(double score, boolean everyTerm, boolean primary) {}

  /**
   * A course's analysed words, computed once per course: its naming fields (title, id, topics, skills,
   * provider, institution), the rest (summary, prerequisites), its first topic, its title, and its id.
   */
  record CourseTerms(Set<String> strong, Set<String> weak, Set<String> firstTopic, List<String> title, Set<String> id,
      Set<String> provider) {}

  private final Map<String, CourseTerms> byCourse = new HashMap<>();

  CourseTerms of(Course c) {
    return byCourse.computeIfAbsent(c.id(), id -> new CourseTerms(
        new HashSet<>(terms(String.join(" ", c.title(), id.replace('-', ' '), String.join(" ", c.topics()),
            String.join(" ", c.skills()), nullToEmpty(c.provider()), nullToEmpty(c.institution())))),
        new HashSet<>(terms(nullToEmpty(c.summary()) + " " + String.join(" ", c.prerequisites()))),
        c.topics().isEmpty() ? Set.of() : new HashSet<>(terms(c.topics().get(0))),
        terms(c.title()),
        new HashSet<>(terms(id.replace('-', ' '))),
        new HashSet<>(terms(nullToEmpty(c.provider()) + " " + nullToEmpty(c.institution())))));
  }

  Coverage of(List<String> terms, Course c) {
    if (terms.isEmpty()) {
      return new Coverage(0, false, false);
    }
    CourseTerms course = of(c);
    double sum = 0;
    boolean every = true;
    for (String t : terms) {
      if (course.strong().contains(t)) {
        sum += 1;
      } else if (course.weak().contains(t)) {
        sum += 0.5;
      } else {
        every = false;
      }
    }
    return new Coverage(sum / terms.size(), every, course.firstTopic().containsAll(terms));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
