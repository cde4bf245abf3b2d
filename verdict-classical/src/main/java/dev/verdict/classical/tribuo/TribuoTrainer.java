package dev.verdict.classical.tribuo;

import dev.verdict.model.Family;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** What the Tribuo-backed trainers share: dataset conversion and wrapping of the fitted model. */
abstract class TribuoTrainer implements Trainer {
  protected final TaskType task;

  TribuoTrainer(TaskType task) {
    this.task = task;
  }

  @Override
  public Family family() {
    return Family.CLASSICAL;
  }

  @Override
  public boolean iterative() {
    return false;
  }

  /** The Tribuo trainer for a classification fit. */
  abstract org.tribuo.Trainer<Label> classifier(TrainingSet data, TrainContext context);

  /** The Tribuo trainer for a regression fit. */
  abstract org.tribuo.Trainer<Regressor> regressor(TrainingSet data, TrainContext context);

  /** True when a regression target should be standardised for the fit (and predictions scaled back). */
  boolean scaleTarget() {
    return false;
  }

  /** True when the classifier's output scores are a class distribution even if Tribuo does not call them probabilities. */
  boolean scoresAreProbabilities() {
    return false;
  }

  /** A note on the fitted model, e.g. its depth; empty by default. */
  String detail(org.tribuo.Model<?> model) {
    return "";
  }

  @Override
  public Model load(Path dir, int threads) throws IOException {
    return TribuoModel.load(dir);
  }

  @Override
  public final Model fit(TrainingSet data, TrainContext context) {
    if (data.task() != task) {
      throw new IllegalArgumentException(id() + " was made for " + task + " but got " + data.task());
    }
    Quiet.apply(context.verbose());
    if (task == TaskType.CLASSIFICATION) {
      org.tribuo.Model<Label> model = classifier(data, context).train(TribuoData.classification(data), Map.of());
      return TribuoModel.classifier(model, data.classes(), model.generatesProbabilities() || scoresAreProbabilities(),
          detail(model));
    }
    if (!scaleTarget()) {
      org.tribuo.Model<Regressor> model = regressor(data, context).train(TribuoData.regression(data), Map.of());
      return TribuoModel.regressor(model, detail(model), 0, 1);
    }
    double[] y = data.y();
    double mean = java.util.Arrays.stream(y).average().orElse(0);
    double ss = 0;
    for (double v : y) {
      ss += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(ss / Math.max(1, y.length));
    if (!(std > 1e-12)) {
      std = 1;
    }
    double[] scaled = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      scaled[i] = (y[i] - mean) / std;
    }
    TrainingSet standardized = new TrainingSet(data.x(), scaled, data.task(), data.classes());
    org.tribuo.Model<Regressor> model = regressor(standardized, context).train(TribuoData.regression(standardized), Map.of());
    return TribuoModel.regressor(model, detail(model), mean, std);
  }
}
