package dev.verdict.classical.tribuo;

import dev.verdict.model.DataShape;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureSpec;
import java.util.OptionalDouble;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.liblinear.LibLinearRegressionTrainer;
import org.tribuo.regression.liblinear.LinearRegressionType;

/**
 * A linear model on standardised inputs (Tribuo with LibLinear): L2-regularised logistic regression
 * for classes, L2-loss support vector regression for numbers. C = 1.
 */
public final class LinearTrainer extends TribuoTrainer {
  static final double COST = 1.0;
  static final int MAX_ITERATIONS = 1000;
  static final double TOLERANCE = 1e-3;
  static final double SECONDS_PER_CELL_AND_OUTPUT = 3e-7;

  public LinearTrainer(TaskType task) {
    super(task);
  }

  @Override
  public String id() {
    return task == TaskType.CLASSIFICATION ? "logistic" : "linear";
  }

  @Override
  public String displayName() {
    return task == TaskType.CLASSIFICATION
        ? "Logistic regression (LibLinear, L2, C=1)"
        : "Linear regression (LibLinear L2-loss SVR, C=1)";
  }

  @Override
  public FeatureSpec featureSpec() {
    return FeatureSpec.standardized();
  }

  @Override
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    // LibLinear trust-region Newton: roughly linear in rows × features × one-vs-rest problems
    // (convergence varies: on one core 5.3 s for 16,000 × 16 with 26 classes, 0.11 s for 1,437 × 61 with
    // 10, 0.18 s for 3,680 × 57 with 2; this constant errs by 2-3× either way on those)
    return OptionalDouble.of(0.02 + SECONDS_PER_CELL_AND_OUTPUT * shape.rows() * shape.features() * shape.outputs());
  }

  @Override
  org.tribuo.Trainer<Label> classifier(TrainingSet data, TrainContext context) {
    return new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
        COST, MAX_ITERATIONS, TOLERANCE, context.seed());
  }

  @Override
  org.tribuo.Trainer<Regressor> regressor(TrainingSet data, TrainContext context) {
    return new LibLinearRegressionTrainer(new LinearRegressionType(LinearRegressionType.LinearType.L2R_L2LOSS_SVR),
        COST, MAX_ITERATIONS, TOLERANCE, 0.1, context.seed());
  }
}
