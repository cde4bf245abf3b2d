package dev.verdict.classical.tribuo;

import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.result.ResultJson;
import java.io.IOException;
import java.nio.file.Path;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A fitted Tribuo model behind Verdict's {@link Model} contract. Saved in Tribuo's protobuf format
 * ({@value #MODEL}) with a small {@value #META} file for the class count and the target scaling.
 */
final class TribuoModel implements Model {
  static final String MODEL = "tribuo.pb";
  static final String META = "tribuo.json";

  /** What a saved model needs besides Tribuo's own file. */
  record Meta(TaskType task, int classes, boolean probabilities, double targetMean, double targetScale) {}

  private final org.tribuo.Model<Label> classifier;
  private final org.tribuo.Model<Regressor> regressor;
  private final int classes;
  private final boolean probabilities;
  private final double targetMean;
  private final double targetScale;
  private final FitReport report;

  private TribuoModel(org.tribuo.Model<Label> classifier, org.tribuo.Model<Regressor> regressor, int classes,
      boolean probabilities, double targetMean, double targetScale, FitReport report) {
    this.classifier = classifier;
    this.regressor = regressor;
    this.classes = classes;
    this.probabilities = probabilities;
    this.targetMean = targetMean;
    this.targetScale = targetScale;
    this.report = report;
  }

  /**
   * @param probabilities whether the model's output scores are class probabilities (Tribuo's own
   *     flag, or a tree's leaf class distribution)
   */
  static TribuoModel classifier(org.tribuo.Model<Label> model, int classes, boolean probabilities, String detail) {
    return new TribuoModel(model, null, classes, probabilities, 0, 1, FitReport.complete(detail));
  }

  /** A regressor whose predictions are mapped back by {@code value * scale + mean}. */
  static TribuoModel regressor(org.tribuo.Model<Regressor> model, String detail, double mean, double scale) {
    return new TribuoModel(null, model, 0, false, mean, scale, FitReport.complete(detail));
  }

  @Override
  public Predictions predict(Matrix x) {
    if (classifier != null) {
      return TribuoData.classes(classifier.predict(TribuoData.examples(x, TribuoData.LABELS)), classes, probabilities);
    }
    Predictions raw = TribuoData.values(regressor.predict(TribuoData.examples(x, TribuoData.REGRESSORS)));
    double[] values = raw.values();
    for (int i = 0; i < values.length; i++) {
      values[i] = values[i] * targetScale + targetMean;
    }
    return raw;
  }

  @Override
  public long sizeBytes() {
    return (classifier != null ? classifier.serialize() : regressor.serialize()).getSerializedSize();
  }

  @Override
  public FitReport report() {
    return report;
  }

  @Override
  public void save(Path dir) throws IOException {
    (classifier != null ? classifier : regressor).serializeToFile(dir.resolve(MODEL));
    TaskType task = classifier != null ? TaskType.CLASSIFICATION : TaskType.REGRESSION;
    ResultJson.mapper().writeValue(dir.resolve(META).toFile(), new Meta(task, classes, probabilities, targetMean, targetScale));
  }

  /** Loads a model written by {@link #save}. */
  static TribuoModel load(Path dir) throws IOException {
    Meta meta = ResultJson.mapper().readValue(dir.resolve(META).toFile(), Meta.class);
    org.tribuo.Model<?> model = org.tribuo.Model.deserializeFromFile(dir.resolve(MODEL));
    FitReport report = FitReport.complete("loaded from " + dir);
    if (meta.task() == TaskType.CLASSIFICATION) {
      return new TribuoModel(model.castModel(Label.class), null, meta.classes(), meta.probabilities(), 0, 1, report);
    }
    return new TribuoModel(null, model.castModel(Regressor.class), 0, false, meta.targetMean(), meta.targetScale(), report);
  }
}
