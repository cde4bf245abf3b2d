package dev.verdict.classical;

import dev.verdict.classical.tribuo.CartTrainer;
import dev.verdict.classical.tribuo.LinearTrainer;
import dev.verdict.classical.tribuo.SvmTrainer;
import dev.verdict.classical.xgboost.XGBoostForestTrainer;
import dev.verdict.classical.xgboost.XGBoostTrainer;
import dev.verdict.model.Deadline;
import dev.verdict.model.Family;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.result.ProvenanceFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classical family: a baseline, a linear model and a decision tree, an RBF SVM (Tribuo with
 * LibLinear and LibSVM), and gradient-boosted trees and a random forest (XGBoost4J). Registered in
 * {@code META-INF/services/dev.verdict.model.ModelFamily}.
 */
public final class ClassicalFamily implements ModelFamily {
  @Override
  public String id() {
    return "classical";
  }

  @Override
  public Family family() {
    return Family.CLASSICAL;
  }

  /**
   * In the order they are fitted: the models that finish on their own (with a cost estimate that can
   * skip them up front) before the two ensembles that grow until their share is spent, so time the
   * first ones leave unused flows to the ensembles rather than the other way round.
   */
  @Override
  public List<Trainer> trainers(TaskType task) {
    return List.of(new BaselineTrainer(), new LinearTrainer(task), new CartTrainer(task), new SvmTrainer(task),
        new XGBoostTrainer(task), new XGBoostForestTrainer(task));
  }

  /**
   * Loads XGBoost's native library and Tribuo's classes with one tiny fit of each learner, so the
   * first model of a run is not charged for them (0.3–0.4 s on the benchmark machine), nor is the first
   * fold of the SVM, whose cost projects whether its other folds fit in its share.
   */
  @Override
  public void start(int threads) {
    int rows = 40;
    int columns = 2;
    float[] x = new float[rows * columns];
    double[] y = new double[rows];
    for (int r = 0; r < rows; r++) {
      x[r * columns] = r;
      x[r * columns + 1] = r % 7;
      y[r] = r % 2;
    }
    TrainingSet data = new TrainingSet(new Matrix(x, rows, columns, List.of("a", "b")), y, TaskType.CLASSIFICATION, 2);
    TrainContext context = new TrainContext(0, Deadline.none(), 1, false);
    for (Trainer trainer : List.<Trainer>of(new LinearTrainer(TaskType.CLASSIFICATION), new CartTrainer(TaskType.CLASSIFICATION),
        new SvmTrainer(TaskType.CLASSIFICATION), new XGBoostTrainer(TaskType.CLASSIFICATION))) {
      try (Model model = trainer.fit(data, context)) {
        model.predict(data.x());
      }
    }
  }

  @Override
  public Map<String, String> libraryVersions() {
    Map<String, String> v = new TreeMap<>();
    v.put("xgboost4j", ProvenanceFactory.artifactVersion(ml.dmlc.xgboost4j.java.XGBoost.class, "ml.dmlc", "xgboost4j_2.12"));
    v.put("tribuo", ProvenanceFactory.artifactVersion(org.tribuo.Trainer.class, "org.tribuo", "tribuo-core"));
    v.put("libsvm", ProvenanceFactory.artifactVersion(libsvm.svm.class, "tw.edu.ntu.csie", "libsvm"));
    v.put("liblinear", ProvenanceFactory.artifactVersion(de.bwaldvogel.liblinear.Linear.class, "de.bwaldvogel", "liblinear"));
    return v;
  }
}
