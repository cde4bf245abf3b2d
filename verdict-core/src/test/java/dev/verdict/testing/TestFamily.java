package dev.verdict.testing;

import dev.verdict.model.DataShape;
import dev.verdict.model.Family;
import dev.verdict.model.FitReport;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamily;
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
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A small real model family for testing the orchestration without any ML library: a
 * nearest-centroid classifier (mean predictor for regression), plus trainers that are slow, iterate
 * until their deadline, or fail.
 */
public final class TestFamily implements ModelFamily {
  private final List<Trainer> trainers;

  public TestFamily(Trainer... trainers) {
    this.trainers = List.of(trainers);
  }

  @Override
  public String id() {
    return "test";
  }

  @Override
  public Family family() {
    return Family.CLASSICAL;
  }

  @Override
  public List<Trainer> trainers(TaskType task) {
    return trainers;
  }

  @Override
  public Map<String, String> libraryVersions() {
    return Map.of("test-family", "1");
  }

  /** A base for the test trainers. */
  public abstract static class Base implements Trainer {
    private final String id;

    protected Base(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String displayName() {
      return "test " + id;
    }

    @Override
    public Family family() {
      return Family.CLASSICAL;
    }

    @Override
    public FeatureSpec featureSpec() {
      return FeatureSpec.standardized();
    }

    @Override
    public boolean iterative() {
      return false;
    }

    @Override
    public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
      return OptionalDouble.empty();
    }
  }

  /** Nearest class centroid; for regression the training mean. Deterministic. */
  public static class Centroid extends Base {
    public Centroid() {
      this("centroid");
    }

    public Centroid(String id) {
      super(id);
    }

    @Override
    public Model fit(TrainingSet data, TrainContext context) {
      int d = data.x().columns();
      if (data.task() == TaskType.REGRESSION) {
        return new CentroidModel(null, Arrays.stream(data.y()).average().orElse(0));
      }
      double[][] centroids = new double[data.classes()][d];
      int[] counts = new int[data.classes()];
      for (int r = 0; r < data.x().rows(); r++) {
        int c = (int) data.y()[r];
        counts[c]++;
        for (int f = 0; f < d; f++) {
          centroids[c][f] += data.x().get(r, f);
        }
      }
      for (int c = 0; c < centroids.length; c++) {
        for (int f = 0; f < d; f++) {
          centroids[c][f] /= Math.max(1, counts[c]);
        }
      }
      return new CentroidModel(centroids, 0);
    }

    @Override
    public Model load(Path dir, int threads) throws IOException {
      return ResultJson.mapper().readValue(dir.resolve("centroid.json").toFile(), CentroidModel.class);
    }
  }

  /**
   * Class probabilities proportional to exp(−squared distance) to each class centroid; for
   * regression ({@code centroids == null}) the training mean. Saved as JSON.
   */
  public record CentroidModel(double[][] centroids, double mean) implements Model {
    @Override
    public Predictions predict(Matrix x) {
      if (centroids == null) {
        double[] v = new double[x.rows()];
        Arrays.fill(v, mean);
        return new Predictions(v, null);
      }
      int d = x.columns();
      double[][] p = new double[x.rows()][centroids.length];
      for (int r = 0; r < x.rows(); r++) {
        double total = 0;
        for (int c = 0; c < centroids.length; c++) {
          double dist = 0;
          for (int f = 0; f < d; f++) {
            double diff = x.get(r, f) - centroids[c][f];
            dist += diff * diff;
          }
          p[r][c] = Math.exp(-dist);
          total += p[r][c];
        }
        for (int c = 0; c < centroids.length; c++) {
          p[r][c] = total > 0 ? p[r][c] / total : 1.0 / centroids.length;
        }
      }
      return Predictions.fromProbabilities(p);
    }

    @Override
    public long sizeBytes() {
      return 100;
    }

    @Override
    public FitReport report() {
      return FitReport.complete("");
    }

    @Override
    public void save(Path dir) throws IOException {
      ResultJson.mapper().writeValue(dir.resolve("centroid.json").toFile(), this);
    }
  }

  /** The centroid as the deep family's learner, for runs that need both families without a network. */
  public static class DeepCentroid extends Centroid {
    public DeepCentroid(String id) {
      super(id);
    }

    @Override
    public Family family() {
      return Family.DEEP;
    }
  }

  /** Sleeps in every fit; may declare a predicted cost. */
  public static final class Slow extends Centroid {
    private final long millis;
    private final double estimate;

    public Slow(String id, long millis, double estimateSeconds) {
      super(id);
      this.millis = millis;
      this.estimate = estimateSeconds;
    }

    @Override
    public OptionalDouble estimateSeconds(DataShape shape, boolean probabilities) {
      return estimate > 0 ? OptionalDouble.of(estimate) : OptionalDouble.empty();
    }

    @Override
    public Model fit(TrainingSet data, TrainContext context) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.fit(data, context);
    }
  }

  /** Iterates (10 ms per step) until its deadline passes or 1,000 steps are done. */
  public static class UntilDeadline extends Centroid {
    public UntilDeadline() {
      super("until-deadline");
    }

    public UntilDeadline(String id) {
      super(id);
    }

    @Override
    public boolean iterative() {
      return true;
    }

    @Override
    public Model fit(TrainingSet data, TrainContext context) {
      int steps = 0;
      while (steps < 1000 && !context.deadline().passed()) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        steps++;
      }
      CentroidModel inner = (CentroidModel) super.fit(data, context);
      boolean cut = steps < 1000;
      return new Reported(inner, new FitReport(cut, steps, steps + " steps"));
    }
  }

  /** A centroid model with the fit report of an iterative trainer; saved as the centroid model. */
  public record Reported(CentroidModel inner, FitReport report) implements Model {
    @Override
    public Predictions predict(Matrix x) {
      return inner.predict(x);
    }

    @Override
    public long sizeBytes() {
      return inner.sizeBytes();
    }

    @Override
    public void save(Path dir) throws IOException {
      inner.save(dir);
    }
  }

  /** The same, counted as a deep-learning model. */
  public static final class DeepUntilDeadline extends UntilDeadline {
    public DeepUntilDeadline() {
      super("deep-until-deadline");
    }

    @Override
    public Family family() {
      return Family.DEEP;
    }
  }

  /** Always throws. */
  public static final class Failing extends Base {
    public Failing() {
      super("failing");
    }

    @Override
    public Model fit(TrainingSet data, TrainContext context) {
      throw new IllegalStateException("boom");
    }
  }

  /** The majority-class (mean) baseline. */
  public static final class Baseline extends Base {
    public Baseline() {
      super("baseline");
    }

    @Override
    public boolean isBaseline() {
      return true;
    }

    @Override
    public Model fit(TrainingSet data, TrainContext context) {
      if (data.task() == TaskType.REGRESSION) {
        return meanModel(data);
      }
      double[] prior = new double[data.classes()];
      for (double y : data.y()) {
        prior[(int) y] += 1.0 / data.y().length;
      }
      return model(x -> {
        double[][] p = new double[x.rows()][];
        Arrays.fill(p, prior);
        return Predictions.fromProbabilities(p);
      }, FitReport.complete(""));
    }
  }

  static Model meanModel(TrainingSet data) {
    double mean = Arrays.stream(data.y()).average().orElse(0);
    return model(x -> {
      double[] v = new double[x.rows()];
      Arrays.fill(v, mean);
      return new Predictions(v, null);
    }, FitReport.complete(""));
  }

  static Model model(java.util.function.Function<Matrix, Predictions> predict, FitReport report) {
    return new Model() {
      @Override
      public Predictions predict(Matrix x) {
        return predict.apply(x);
      }

      @Override
      public long sizeBytes() {
        return 100;
      }

      @Override
      public FitReport report() {
        return report;
      }
    };
  }
}
