package dev.verdict.run;

import dev.verdict.compare.FamilyVerdict;
import dev.verdict.compare.SelectedPipeline;
import dev.verdict.compare.VerdictMaker;
import dev.verdict.data.ColumnType;
import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.pipeline.InputColumn;
import dev.verdict.pipeline.PipelineManifest;
import dev.verdict.pipeline.SavedPipeline;
import dev.verdict.prep.Feature;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.result.Provenance;
import dev.verdict.result.SavedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The last step of a run: the model to deploy, refitted on every row with a target and saved with
 * its preprocessing. The model is the one the recommended family's selected pipeline chose most often
 * (the family that won the verdict, or the cheaper one when the difference was not significant), so
 * what is saved is what the verdict evaluated.
 */
final class WinnerRefit {
  private WinnerRefit() {}

  /** The model to save and why. */
  record Choice(Trainer trainer, String reason) {}

  /** Chooses the model to deploy, or {@code null} when no model completed its folds. */
  static Choice choose(List<Trainer> trainers, VerdictMaker.Comparison comparison, String best) {
    FamilyVerdict verdict = comparison.verdict();
    SelectedPipeline pipeline = null;
    String why;
    if (verdict != null) {
      pipeline = verdict.recommended().equals("deep") ? verdict.deep() : verdict.classical();
      why = verdict.outcome() == FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE
          ? "no significant difference between the families, and the verdict recommends the " + verdict.recommended() + " family"
          : "the " + verdict.recommended() + " family won the verdict";
    } else if (comparison.selected().size() == 1) {
      pipeline = comparison.selected().get(0);
      why = "the only family with a complete pipeline";
    } else {
      why = "the best cross-validated model";
    }
    String id = pipeline != null ? pipeline.mostChosen() : best;
    if (id == null) {
      return null;
    }
    Trainer trainer = trainers.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    if (trainer == null) {
      return null;
    }
    if (pipeline != null) {
      int times = Collections.frequency(pipeline.chosen(), id);
      why += String.format(Locale.ROOT, "; its selected pipeline chose %s in %d of %d folds", id, times, pipeline.chosen().size());
    }
    return new Choice(trainer, why);
  }

  /**
   * Refits the chosen model on every row and saves it under {@code runFolder}. An iterative learner
   * stops at the run's deadline like every other fit (the budget keeps a share for this fit); when it
   * is cut, the saved model says so.
   */
  static SavedModel refit(Choice choice, FeatureTable data, RunOptions options, Deadline deadline, Provenance provenance,
      Path runFolder) throws IOException {
    Trainer trainer = choice.trainer();
    int[] all = IntStream.range(0, data.rows()).toArray();
    long t0 = System.nanoTime();
    Preprocessor prep = Preprocessor.fit(data, all, trainer.featureSpec());
    TrainingSet set = new TrainingSet(prep.transform(data, all), data.target(), data.task(), data.classCount());
    Deadline fitDeadline = trainer.iterative() ? deadline : Deadline.none();
    TrainContext context = new TrainContext(Seeds.derive(options.seed(), trainer.id(), -1), fitDeadline,
        options.threads(), options.verbose());
    try (Model model = trainer.fit(set, context)) {
      double fitSeconds = (System.nanoTime() - t0) / 1e9;
      PipelineManifest manifest = new PipelineManifest(PipelineManifest.SCHEMA_VERSION, trainer.id(), trainer.displayName(),
          trainer.family().label(), data.task().label(), options.target(),
          data.classNames() == null ? null : List.of(data.classNames()), inputs(data), prep.state(), data.rows(),
          fitSeconds, 0, model.report().detail(), choice.reason(), provenance);
      Path dir = runFolder.resolve(SavedPipeline.FOLDER);
      long size = SavedPipeline.write(dir, manifest, model);
      return new SavedModel(trainer.id(), trainer.displayName(), trainer.family().label(), choice.reason(),
          SavedPipeline.FOLDER, data.rows(), fitSeconds, size, model.report().detail(), model.report().cutByDeadline());
    }
  }

  /** The columns the model reads, typed as in training. */
  static List<InputColumn> inputs(FeatureTable data) {
    return data.features().stream().map(WinnerRefit::input).toList();
  }

  private static InputColumn input(Feature f) {
    return f.isCategorical()
        ? new InputColumn(f.name(), ColumnType.CATEGORICAL, List.of(f.levels()))
        : new InputColumn(f.name(), f.type() == ColumnType.BOOLEAN ? ColumnType.BOOLEAN : ColumnType.NUMERIC, null);
  }
}
