package dev.verdict.learn.ask;

/** What a question to the assistant asks for, recognised by {@link QuestionParser}. */
public enum Intent {
  /** "best X course [for beginners]": the most relevant courses on X, ratings breaking ties. */
  BEST,
  /** "compare X courses": the most relevant courses on X side by side. */
  COMPARE,
  /** "A vs B": two courses (or the best course for each of two subjects) side by side. */
  VERSUS,
  /** "difference between ML and DL", "which to learn first": a short explanation with courses per branch. */
  CONCEPT,
  /** "I want to become a data engineer": a path through the catalog, beginner first. */
  GOAL
}
