package dev.verdict.testing;

import dev.verdict.model.Matrix;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainingSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic data for tests in every module: CSV tables with numeric, categorical and missing
 * values, and ready-made training sets. The same seed always gives the same data.
 */
public final class SyntheticData {
  private SyntheticData() {}

  /**
   * A binary classification table: {@code signal} decides the class (with noise), {@code color} is
   * categorical and slightly informative, {@code noise} is not, about 5 % of {@code noise} and
   * {@code color} cells are missing, and {@code id} is a row identifier.
   */
  public static String classificationCsv(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] colors = {"red", "green", "blue"};
    StringBuilder sb = new StringBuilder("id,signal,noise,color,label\n");
    for (int i = 0; i < rows; i++) {
      boolean positive = r.nextBoolean();
      double signal = (positive ? 1.5 : -1.5) + r.nextGaussian();
      String noise = r.nextDouble() < 0.05 ? "" : String.format(Locale.ROOT, "%.4f", r.nextGaussian());
      String color = r.nextDouble() < 0.05 ? "NA" : colors[positive && r.nextDouble() < 0.5 ? 0 : r.nextInt(3)];
      sb.append(i + 1).append(',').append(String.format(Locale.ROOT, "%.4f", signal)).append(',').append(noise)
          .append(',').append(color).append(',').append(positive ? "yes_buy" : "no_buy").append('\n');
    }
    return sb.toString();
  }

  /** A regression table: y = 3·a − 2·b + level effect + noise, with a categorical {@code region}. */
  public static String regressionCsv(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] regions = {"north", "south", "east", "west"};
    double[] effect = {0, 2, -2, 4};
    StringBuilder sb = new StringBuilder("a,b,region,y\n");
    for (int i = 0; i < rows; i++) {
      double a = r.nextGaussian();
      double b = r.nextGaussian();
      int region = r.nextInt(4);
      double y = 3 * a - 2 * b + effect[region] + 0.3 * r.nextGaussian();
      sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%.4f%n", a, b, regions[region], y));
    }
    return sb.toString();
  }

  /** Writes text to {@code dir/name} and returns the path. */
  public static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, text);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gaussian blobs, one per class, well separated along every feature. */
  public static TrainingSet blobs(int rows, int classes, int features, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[rows * features];
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      int c = i % classes;
      y[i] = c;
      for (int f = 0; f < features; f++) {
        x[i * features + f] = (float) (3.0 * c + r.nextGaussian());
      }
    }
    return new TrainingSet(new Matrix(x, rows, features, names(features)), y, TaskType.CLASSIFICATION, classes);
  }

  /** y = Σ (f+1)·x_f + small noise. */
  public static TrainingSet linear(int rows, int features, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[rows * features];
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      double sum = 0;
      for (int f = 0; f < features; f++) {
        double v = r.nextGaussian();
        x[i * features + f] = (float) v;
        sum += (f + 1) * v;
      }
      y[i] = sum + 0.1 * r.nextGaussian();
    }
    return new TrainingSet(new Matrix(x, rows, features, names(features)), y, TaskType.REGRESSION, 0);
  }

  /** The first {@code rows} rows of a set (for train/test splits in tests). */
  public static TrainingSet head(TrainingSet s, int from, int to) {
    int cols = s.x().columns();
    float[] x = java.util.Arrays.copyOfRange(s.x().data(), from * cols, to * cols);
    double[] y = java.util.Arrays.copyOfRange(s.y(), from, to);
    return new TrainingSet(new Matrix(x, to - from, cols, s.x().names()), y, s.task(), s.classes());
  }

  private static List<String> names(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("x" + i);
    }
    return out;
  }
}
