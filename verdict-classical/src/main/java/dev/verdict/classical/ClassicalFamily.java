package dev.verdict.classical;

import dev.verdict.classical.tribuo.CartTrainer;
import dev.verdict.classical.tribuo.LinearTrainer;
import dev.verdict.classical.tribuo.SvmTrainer;
import dev.verdict.classical.xgboost.XGBoostForestTrainer;
import dev.verdict.classical.xgboost.XGBoostTrainer;
import dev.verdict.model.Family;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
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
