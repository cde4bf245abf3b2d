package dev.verdict.profile;

import dev.verdict.advice.Advice;
import java.util.List;
import java.util.Map;

/**
 * The profile of a table: its size and shape, every column, the target, warnings, and the
 * rule-of-thumb advice. A value: rendered as text or JSON elsewhere.
 *
 * @param source the file
 * @param sha256 SHA-256 of the file's bytes
 * @param modality {@code table}
 * @param rows data rows in the file
 * @param columns columns in the file (the target included)
 * @param columnsByType how many columns of each type (the target excluded)
 * @param features columns usable as model features
 * @param duplicateRows rows identical to an earlier row
 * @param target the target
 * @param columnProfiles every column, in file order
 * @param warnings things to look at, one sentence each
 * @param advice which family the rules of thumb expect to win, and why
 */
public record DataProfile(
    String source,
    String sha256,
    String modality,
    int rows,
    int columns,
    Map<String, Integer> columnsByType,
    int features,
    int duplicateRows,
    TargetProfile target,
    List<ColumnProfile> columnProfiles,
    List<String> warnings,
    Advice advice) {}
