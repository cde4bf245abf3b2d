package dev.verdict.pipeline;

import dev.verdict.prep.Preprocessor;
import dev.verdict.result.Provenance;
import java.util.List;

/**
 * Everything needed to use a saved model besides the model's own files: what it reads, how its
 * inputs are prepared, what it predicts and where it came from. Written as {@code pipeline.json}.
 *
 * @param schemaVersion version of this structure ({@link #SCHEMA_VERSION})
 * @param modelId the trainer id, used to find the trainer that loads the model
 * @param modelName the model's human-readable name
 * @param family {@code classical} or {@code deep}
 * @param task {@code classification} or {@code regression}
 * @param target the name of the predicted column
 * @param classes class names in the model's index order (classification), else {@code null}
 * @param inputs the columns the model reads, in the preprocessor's order
 * @param preprocessor the preparation fitted on the training rows
 * @param trainedRows how many rows the model was fitted on
 * @param fitSeconds seconds the final fit took
 * @param sizeBytes size of the model's files
 * @param detail how the fit went (e.g. boosting rounds)
 * @param reason why this model was the one saved
 * @param provenance the run that produced it
 */
public record PipelineManifest(
    int schemaVersion,
    String modelId,
    String modelName,
    String family,
    String task,
    String target,
    List<String> classes,
    List<InputColumn> inputs,
    Preprocessor.State preprocessor,
    int trainedRows,
    double fitSeconds,
    long sizeBytes,
    String detail,
    String reason,
    Provenance provenance) {

  /** Version of this structure; bump on incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  public PipelineManifest {
    inputs = List.copyOf(inputs);
    classes = classes == null ? null : List.copyOf(classes);
    if (preprocessor.steps().size() != inputs.size()) {
      throw new IllegalArgumentException(preprocessor.steps().size() + " preprocessing steps for " + inputs.size() + " inputs");
    }
  }

  /** This manifest with the model files' size filled in. */
  public PipelineManifest withSizeBytes(long value) {
    return new PipelineManifest(schemaVersion, modelId, modelName, family, task, target, classes, inputs, preprocessor,
        trainedRows, fitSeconds, value, detail, reason, provenance);
  }
}
