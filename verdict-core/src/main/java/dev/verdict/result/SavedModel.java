package dev.verdict.result;

/**
 * The model refitted on all the data and saved in the run folder for {@code verdict predict}.
 *
 * @param id the trainer id
 * @param name the model's human-readable name
 * @param family {@code classical} or {@code deep}
 * @param reason why this model: the recommended family, and how often its selected pipeline chose it
 * @param folder the model's folder, relative to the run folder
 * @param trainedRows rows it was fitted on (every row with a target)
 * @param fitSeconds seconds the final fit took
 * @param sizeBytes size of the model's own files
 * @param detail how the fit went (e.g. boosting rounds, epochs)
 * @param cut true when the run's deadline stopped the final fit early (the saved model is smaller
 *     than the ones cross-validated)
 */
public record SavedModel(
    String id,
    String name,
    String family,
    String reason,
    String folder,
    int trainedRows,
    double fitSeconds,
    long sizeBytes,
    String detail,
    boolean cut) {}
