package dev.verdict.classical.tribuo;

import dev.verdict.model.DataShape;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureSpec;
import java.util.OptionalDouble;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * A single CART decision tree (Tribuo), grown until leaves hold fewer than 5 rows' weight. Its class
 * probabilities are the class shares of the training rows in the leaf.
 */
public final class CartTrainer extends TribuoTrainer {
  static final float MIN_CHILD_WEIGHT = 5f;

  public CartTrainer(TaskType task) {
    super(task);
  }

  @Override
  public String id() {
    return "cart";
  }

  @Override
  public String displayName() {
    return "CART decision tree (Tribuo, " + (task == TaskType.CLASSIFICATION ? "Gini" : "MSE") + ")";
  }

  @Override
  public FeatureSpec featureSpec() {
    return FeatureSpec.imputed();
  }

  @Override
  boolean scoresAreProbabilities() {
    return true; // Tribuo's leaves hold the normalised class counts
  }

  @Override
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    double n = shape.rows();
    return OptionalDouble.of(0.02 + 1e-7 * n * Math.log(n + 1) / Math.log(2) * shape.features());
  }

  @Override
  org.tribuo.Trainer<Label> classifier(TrainingSet data, TrainContext context) {
    return new CARTClassificationTrainer(Integer.MAX_VALUE, MIN_CHILD_WEIGHT, 0f, 1f, new GiniIndex(), context.seed());
  }

  @Override
  org.tribuo.Trainer<Regressor> regressor(TrainingSet data, TrainContext context) {
    return new CARTRegressionTrainer(Integer.MAX_VALUE, MIN_CHILD_WEIGHT, 0f, 1f, new MeanSquaredError(), context.seed());
  }
}
