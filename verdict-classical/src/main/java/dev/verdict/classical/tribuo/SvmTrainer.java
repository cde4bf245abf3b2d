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
 * probabilities (LibSVM's internal cross-validation, about 3.5× the fit's cost) up to
 * {@value #MAX_ROWS_FOR_PROBABILITIES} training rows, when the fit's context asks for them. Its
 * cost grows faster than the rows, so it is skipped up front when its predicted time exceeds its
 * share of the budget.
 */
public final class SvmTrainer extends TribuoTrainer {
  static final int MAX_ROWS_FOR_PROBABILITIES = 2000;
  /**
   * One fit takes about {@value #SECONDS_SCALE} × rows^{@value #ROWS_POWER} × features^{@value #FEATURES_POWER}
   * seconds alone on one core without probabilities: a least-squares fit to LibSVM's warm fit times on
   * nine benchmark tables from 166 × 60 to 46,400 × 9 (each within 2× of it). The support vectors, and
   * so the cost, depend on how hard the classes are to separate, which no shape tells.
   */
  static final double SECONDS_SCALE = 5.2e-7;
  static final double ROWS_POWER = 1.33;
  static final double FEATURES_POWER = 0.66;
  /**
   * Predicting a fold's held-out rows costs a share of the fit: every row meets every support vector
   * (0.3× the fit on digits, 0.7× on letter).
   */
  static final double PREDICT_FACTOR = 1.5;
  /** LibSVM's probability estimate (an internal 5-fold cross-validation) costs about this many fits more. */
  static final double PROBABILITY_FACTOR = 3.5;

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
  public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
    double n = shape.rows();
    double factor = probabilities && shape.task() == TaskType.CLASSIFICATION && n <= MAX_ROWS_FOR_PROBABILITIES
        ? PROBABILITY_FACTOR : 1;
    double fit = SECONDS_SCALE * Math.pow(n, ROWS_POWER) * Math.pow(Math.max(1, shape.features()), FEATURES_POWER);
    return OptionalDouble.of(0.02 + (factor + PREDICT_FACTOR - 1) * fit);
  }

  @Override
  org.tribuo.Trainer<Label> classifier(TrainingSet data, TrainContext context) {
    SVMParameters<Label> p = new SVMParameters<>(new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF);
    configure(p, data);
    if (context.probabilities() && data.x().rows() <= MAX_ROWS_FOR_PROBABILITIES) {
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
