package dev.verdict.learn.ask;

import java.util.Optional;

/**
 * Rewords an answer's text (e.g. with a language model). The facts stay the catalog's: an
 * implementation returns empty, and the catalog's own text stands, when its wording would cite a
 * course the answer does not, or when it cannot answer.
 */
public interface AnswerRephraser extends AutoCloseable {
  /** What rephrases, for the answer's footnote, e.g. "llama3.2 at http://localhost:11434/v1". */
  String name();

  /** The answer's text reworded, or empty to keep the catalog's own. */
  Optional<String> rephrase(Answer answer);

  @Override
  default void close() {}
}
