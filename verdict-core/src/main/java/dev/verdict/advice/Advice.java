package dev.verdict.advice;

import java.util.List;

/**
 * The rule-of-thumb expectation, before any model is trained.
 *
 * @param expected {@code classical}, {@code deep} or {@code either}
 * @param strength {@code strong}, {@code moderate} or {@code weak}
 * @param summary one sentence for people
 * @param reasons each rule that applied, with what it found and its source
 */
public record Advice(String expected, String strength, String summary, List<Reason> reasons) {
  /**
   * One rule of thumb applied to this data.
   *
   * @param rule the rule, e.g. "small datasets → classical ML"
   * @param finding what the data showed, e.g. "569 rows"
   * @param favours {@code classical}, {@code deep} or {@code neither}
   * @param source where the rule comes from
   */
  public record Reason(String rule, String finding, String favours, String source) {}
}
