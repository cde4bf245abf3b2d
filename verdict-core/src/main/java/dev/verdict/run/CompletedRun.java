package dev.verdict.run;

import dev.verdict.result.RunResult;
import java.nio.file.Path;

/**
 * A finished run: its result and the folder it was written to.
 *
 * @param result everything the run found
 * @param folder the run folder ({@code result.json}, {@code leaderboard.csv}, {@code summary.md})
 */
public record CompletedRun(RunResult result, Path folder) {}
