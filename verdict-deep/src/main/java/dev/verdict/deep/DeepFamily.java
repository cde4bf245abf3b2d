package dev.verdict.deep;

import dev.verdict.model.Family;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
import dev.verdict.result.ProvenanceFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deep-learning family: tabular MLPs with DJL's PyTorch engine, whose native libraries come as
 * Maven artifacts. Registered in {@code META-INF/services/dev.verdict.model.ModelFamily}.
 */
public final class DeepFamily implements ModelFamily {
  @Override
  public String id() {
    return "deep";
  }

  @Override
  public Family family() {
    return Family.DEEP;
  }

  @Override
  public List<Trainer> trainers(TaskType task) {
    return List.of(new MlpTrainer(task, MlpConfig.small()), new MlpTrainer(task, MlpConfig.wideResidual()));
  }

  /** Loads the PyTorch engine (native library, first tensor) so its start-up is not counted as fit time. */
  @Override
  public void start(int threads) {
    DeepRuntime.start(threads);
  }

  @Override
  public Map<String, String> libraryVersions() {
    Map<String, String> v = new TreeMap<>();
    v.put("djl", ProvenanceFactory.artifactVersion(ai.djl.Model.class, "ai.djl", "api"));
    v.put("pytorch", engineProperty("pytorch_version"));
    return v;
  }

  /** A property of DJL's PyTorch engine jar (read without loading the native library). */
  private static String engineProperty(String key) {
    try (var in = DeepFamily.class.getClassLoader().getResourceAsStream("pytorch-engine.properties")) {
      if (in == null) {
        return "unknown";
      }
      var p = new java.util.Properties();
      p.load(in);
      return p.getProperty(key, "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
