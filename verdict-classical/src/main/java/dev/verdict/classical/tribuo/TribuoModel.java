package dev.verdict.classical.tribuo;

import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** A fitted Tribuo model behind Verdict's {@link Model} contract. */
final class TribuoModel implements Model {
  private final org.tribuo.Model<Label> classifier;
  private final org.tribuo.Model<Regressor> regressor;
  private final int classes;
  private final double targetMean;
  private final double targetScale;
  private final FitReport report;

  private TribuoModel(org.tribuo.Model<Label> classifier, org.tribuo.Model<Regressor> regressor, int classes,
      double targetMean, double targetScale, FitReport report) {
    this.classifier = classifier;
    this.regressor = regressor;
    this.classes = classes;
    this.targetMean = targetMean;
    this.targetScale = targetScale;
    this.report = report;
  }

  static TribuoModel classifier(org.tribuo.Model<Label> model, int classes, String detail) {
    return new TribuoModel(model, null, classes, 0, 1, FitReport.complete(detail));
  }

  /** A regressor whose predictions are mapped back by {@code value * scale + mean}. */
  static TribuoModel regressor(org.tribuo.Model<Regressor> model, String detail, double mean, double scale) {
    return new TribuoModel(null, model, 0, mean, scale, FitReport.complete(detail));
  }

  @Override
  public Predictions predict(Matrix x) {
    if (classifier != null) {
      return TribuoData.classes(classifier.predict(TribuoData.examples(x, TribuoData.LABELS)), classes,
          classifier.generatesProbabilities());
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
}
