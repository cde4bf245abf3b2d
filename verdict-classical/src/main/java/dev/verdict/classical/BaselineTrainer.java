package dev.verdict.classical;

import dev.verdict.model.DataShape;
import dev.verdict.model.Family;
import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureSpec;
import dev.verdict.result.ResultJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The trivial reference: the training fold's class frequencies (predicting the majority class), or
 * its mean for regression. Every other model is read against it.
 */
public final class BaselineTrainer implements Trainer {
  @Override
  public String id() {
    return "baseline";
  }

  @Override
  public String displayName() {
    return "Baseline (majority class / mean)";
  }

  @Override
  public Family family() {
    return Family.CLASSICAL;
  }

  @Override
  public boolean isBaseline() {
    return true;
  }

  @Override
  public FeatureSpec featureSpec() {
    return FeatureSpec.keepMissing();
  }

  @Override
  public boolean iterative() {
    return false;
  }

  @Override
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    return OptionalDouble.of(0);
  }

  @Override
  public Model fit(TrainingSet data, TrainContext context) {
    if (data.task() == TaskType.REGRESSION) {
      double mean = Arrays.stream(data.y()).average().orElse(0);
      return new ConstantModel(mean, null);
    }
    double[] prior = new double[data.classes()];
    for (double y : data.y()) {
      prior[(int) y]++;
    }
    int majority = 0;
    for (int c = 0; c < prior.length; c++) {
      prior[c] /= data.y().length;
      if (prior[c] > prior[majority]) {
        majority = c;
      }
    }
    return new ConstantModel(majority, prior);
  }

  @Override
  public Model load(Path dir, int threads) throws IOException {
    return ResultJson.mapper().readValue(dir.resolve(ConstantModel.FILE).toFile(), ConstantModel.class);
  }

  /** The constant prediction; saved as JSON. */
  record ConstantModel(double value, double[] prior) implements Model {
    static final String FILE = "baseline.json";

    @Override
    public Predictions predict(Matrix x) {
      double[] values = new double[x.rows()];
      Arrays.fill(values, value);
      double[][] p = null;
      if (prior != null) {
        p = new double[x.rows()][];
        Arrays.fill(p, prior);
      }
      return new Predictions(values, p);
    }

    @Override
    public long sizeBytes() {
      return 8L * (1 + (prior == null ? 0 : prior.length));
    }

    @Override
    public FitReport report() {
      return FitReport.complete("");
    }

    @Override
    public void save(Path dir) throws IOException {
      ResultJson.mapper().writeValue(dir.resolve(FILE).toFile(), this);
    }
  }
}
