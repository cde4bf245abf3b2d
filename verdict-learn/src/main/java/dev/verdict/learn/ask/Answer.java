package dev.verdict.learn.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The assistant's answer, as data: the recognised intent and subject, a short text built from
 * catalog facts, the courses it cites with their justifying fields, a side-by-side view for
 * comparisons, and notes (what was relaxed, what the catalog does not know). No course outside the
 * catalog is ever cited; when nothing fits, {@code picks} is empty and the text says so.
 *
 * @param question the question as asked
 * @param intent what it asks for
 * @param subject the subject searched for (e.g. "python"), or null for concept questions
 * @param level the level asked for, or null
 * @param text the answer in plain sentences, from catalog facts only
 * @param picks the courses cited, in the order recommended
 * @param compare the side-by-side view for COMPARE and VERSUS answers, else null
 * @param notes caveats
 * @param rephrased an optional language model's rephrasing of {@code text} (null unless one was asked for
 *     and its output cited no course outside {@code picks})
 */
public record Answer(String question, Intent intent, String subject, String level, String text, List<Pick> picks,
    CompareView compare, List<String> notes, String rephrased) {
  public Answer {
    picks = List.copyOf(picks);
    notes = List.copyOf(notes);
  }

  /** Whether the catalog had anything that fits. */
  public boolean found() {
    return !picks.isEmpty();
  }

  /** The ids of every course the answer cites (picks, then compared courses), each once. */
  public List<String> citedIds() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    picks.forEach(p -> ids.add(p.courseId()));
    if (compare != null) {
      ids.addAll(compare.courseIds());
    }
    return new ArrayList<>(ids);
  }

  /** This answer with a rephrased text. */
  public Answer withRephrased(String text) {
    return new Answer(question, intent, subject, level, this.text, picks, compare, notes, text);
  }
}
