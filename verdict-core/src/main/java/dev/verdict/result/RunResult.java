package dev.verdict.result;

import dev.verdict.compare.FamilyVerdict;
import dev.verdict.compare.SelectedPipeline;
import dev.verdict.curve.LearningCurves;
import dev.verdict.profile.DataProfile;
import java.util.List;

/**
 * Everything a run found, as data. {@code result.json} is this record; the console table,
 * {@code leaderboard.csv} and {@code summary.md} are renderings of it.
 *
 * @param schemaVersion version of this structure ({@link #SCHEMA_VERSION})
 * @param provenance what produced it
 * @param profile the data profile, with the rule-of-thumb advice
 * @param task {@code classification} or {@code regression}
 * @param classes class names in index order (classification), else {@code null}
 * @param primaryMetric the metric models are ranked by
 * @param primaryMetricReason why that metric
 * @param metrics every metric reported
 * @param folds the shared folds
 * @param models every candidate, ranked models first, best first
 * @param best id of the best ranked model that is not the baseline, or {@code null}
 * @param selected each family run as one selected pipeline (see {@link SelectedPipeline})
 * @param verdict the comparison of the families' selected pipelines, or {@code null} when a family
 *     has no complete pipeline
 * @param saved the recommended model, refitted on all the data and saved for {@code verdict predict},
 *     or {@code null} when none was saved
 * @param curves the families' learning curves, or {@code null} when not asked for ({@code --curve})
 * @param diagnostics how the recommended model errs (confusion matrix or residuals), or {@code null}
 * @param warnings things to look at
 * @param budgetSeconds the time budget
 * @param elapsedSeconds wall seconds the run took
 * @param startup start-up costs counted in no model's time (JVM, native engines)
 */
public record RunResult(
    int schemaVersion,
    Provenance provenance,
    DataProfile profile,
    String task,
    List<String> classes,
    String primaryMetric,
    String primaryMetricReason,
    List<String> metrics,
    FoldPlan folds,
    List<ModelResult> models,
    String best,
    List<SelectedPipeline> selected,
    FamilyVerdict verdict,
    SavedModel saved,
    LearningCurves curves,
    WinnerDiagnostics diagnostics,
    List<String> warnings,
    double budgetSeconds,
    double elapsedSeconds,
    StartupTimes startup) {

  /** Version of the result structure; bump on incompatible change. */
  public static final int SCHEMA_VERSION = 5;

  /** The model with this id, or {@code null}. */
  public ModelResult model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }
}
