package dev.verdict.classical.tribuo;

import dev.verdict.model.DataShape;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureSpec;
import java.util.OptionalDouble;
import org.tribuo.classification.Label;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.libsvm.LibSVMRegressionTrainer;
import org.tribuo.regression.libsvm.SVMRegressionType;

/**
 * A support vector machine with an RBF kernel on standardised inputs (Tribuo with LibSVM): C = 1,
 * γ = 1 / features (scikit-learn's "scale" on standardised data). Classifiers estimate
 * probabilities (LibSVM's internal cross-validation) up to {@value #MAX_ROWS_FOR_PROBABILITIES}
 * training rows. Its cost grows with the square of the rows, so it is skipped up front when its
 * predicted time exceeds its share of the budget.
 */
public final class SvmTrainer extends TribuoTrainer {
  static final int MAX_ROWS_FOR_PROBABILITIES = 2000;
  /** Seconds per (row² × feature), measured with LibSVM on a 2-core machine. */
  static final double SECONDS_PER_ROW2_FEATURE = 2e-9;

  public SvmTrainer(TaskType task) {
    super(task);
  }

  @Override
  public String id() {
    return "svm-rbf";
  }

  @Override
  public String displayName() {
    return task == TaskType.CLASSIFICATION ? "SVM, RBF kernel (LibSVM C-SVC)" : "SVR, RBF kernel (LibSVM ε-SVR)";
  }

  @Override
  boolean scaleTarget() {
    return true;
  }

  @Override
  public FeatureSpec featureSpec() {
    return FeatureSpec.standardized();
  }

  @Override
  public OptionalDouble estimateSeconds(DataShape shape) {
    double n = shape.rows();
    double factor = shape.task() == TaskType.CLASSIFICATION && n <= MAX_ROWS_FOR_PROBABILITIES ? 4 : 1;
    return OptionalDouble.of(0.02 + factor * SECONDS_PER_ROW2_FEATURE * n * n * Math.max(1, shape.features()));
  }

  @Override
  org.tribuo.Trainer<Label> classifier(TrainingSet data, TrainContext context) {
    SVMParameters<Label> p = new SVMParameters<>(new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF);
    configure(p, data);
    if (data.x().rows() <= MAX_ROWS_FOR_PROBABILITIES) {
      p.setProbability();
    }
    return new LibSVMClassificationTrainer(p, context.seed());
  }

  @Override
  org.tribuo.Trainer<Regressor> regressor(TrainingSet data, TrainContext context) {
    SVMParameters<Regressor> p = new SVMParameters<>(new SVMRegressionType(SVMRegressionType.SVMMode.EPSILON_SVR), KernelType.RBF);
    configure(p, data);
    p.setEpsilon(0.1);
    return new LibSVMRegressionTrainer(p, false, context.seed());
  }

  private static void configure(SVMParameters<?> p, TrainingSet data) {
    p.setGamma(1.0 / Math.max(1, data.x().columns()));
    p.setCost(1.0);
    p.setCacheSize(200);
  }
}
