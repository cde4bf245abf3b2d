package dev.verdict.prep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.verdict.model.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Feature preparation fitted on training rows only: median imputation with missing indicators,
 * standardisation, and one-hot encoding of the most frequent categorical levels. Apply the fitted
 * preprocessor to any rows (the fold's test rows included) with {@link #transform}. Its fitted
 * {@link State} is plain data, saved as JSON beside a model and restored for prediction.
 */
public final class Preprocessor {
  private final FeatureSpec spec;
  private final List<Step> steps;
  private final List<String> names;

  private Preprocessor(FeatureSpec spec, List<Step> steps) {
    this.spec = spec;
    this.steps = List.copyOf(steps);
    List<String> all = new ArrayList<>();
    for (Step s : steps) {
      all.addAll(s.names());
    }
    this.names = List.copyOf(all);
  }

  /** Fits the preparation on {@code trainRows} of {@code table}. */
  public static Preprocessor fit(FeatureTable table, int[] trainRows, FeatureSpec spec) {
    List<Step> steps = new ArrayList<>();
    for (Feature f : table.features()) {
      steps.add(f.isCategorical() ? fitCategorical(f, trainRows, spec) : fitNumeric(f, trainRows, spec));
    }
    return new Preprocessor(spec, steps);
  }

  public FeatureSpec spec() {
    return spec;
  }

  /** What was fitted, as data: one step per feature, in the feature table's order. */
  public record State(FeatureSpec spec, List<Step> steps) {
    public State {
      steps = List.copyOf(steps);
    }
  }

  public State state() {
    return new State(spec, steps);
  }

  /** The preprocessor whose fitted state this is. */
  public static Preprocessor restore(State state) {
    return new Preprocessor(state.spec(), state.steps());
  }

  /** Names of the output columns. */
  public List<String> outputNames() {
    return names;
  }

  /** Encodes {@code rows} of {@code table}. */
  public Matrix transform(FeatureTable table, int[] rows) {
    int width = names.size();
    float[] data = new float[rows.length * width];
    int offset = 0;
    List<Feature> features = table.features();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      step.write(features.get(s), rows, data, width, offset);
      offset += step.names().size();
    }
    return new Matrix(data, rows.length, width, names);
  }

  private static Step fitNumeric(Feature f, int[] rows, FeatureSpec spec) {
    double[] v = f.numbers();
    double[] present = new double[rows.length];
    int m = 0;
    for (int r : rows) {
      if (!Double.isNaN(v[r])) {
        present[m++] = v[r];
      }
    }
    double median = 0;
    double mean = 0;
    double std = 1;
    if (m > 0) {
      double[] sorted = Arrays.copyOf(present, m);
      Arrays.sort(sorted);
      median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
      // statistics after imputation, so imputed rows sit at the median
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += present[i];
      }
      sum += (rows.length - m) * median;
      mean = sum / rows.length;
      double ss = 0;
      for (int i = 0; i < m; i++) {
        ss += (present[i] - mean) * (present[i] - mean);
      }
      ss += (rows.length - m) * (median - mean) * (median - mean);
      std = Math.sqrt(ss / rows.length);
      if (!(std > 1e-12)) {
        std = 1;
      }
    }
    boolean indicator = spec.impute() && m < rows.length;
    return new NumericStep(f.name(), spec.impute(), median, spec.standardize() ? mean : 0, spec.standardize() ? std : 1, indicator);
  }

  private static Step fitCategorical(Feature f, int[] rows, FeatureSpec spec) {
    int[] counts = new int[f.levels().length];
    for (int r : rows) {
      int code = f.codes()[r];
      if (code >= 0) {
        counts[code]++;
      }
    }
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    int seen = 0;
    for (int c : counts) {
      if (c > 0) {
        seen++;
      }
    }
    int keep = Math.min(seen, spec.maxLevels());
    boolean other = seen > keep;
    int[] column = new int[counts.length];
    Arrays.fill(column, other ? keep : -1);
    List<String> levelNames = new ArrayList<>();
    for (int i = 0; i < keep; i++) {
      column[order[i]] = i;
      levelNames.add(f.levels()[order[i]]);
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        column[i] = -1; // unseen in training: all zeros
      }
    }
    return new CategoricalStep(f.name(), levelNames, column, other);
  }

  /** The fitted encoding of one feature into one or more output columns. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = NumericStep.class, name = "numeric"),
      @JsonSubTypes.Type(value = CategoricalStep.class, name = "categorical")})
  public sealed interface Step permits NumericStep, CategoricalStep {
    /** The feature this step encodes. */
    String name();

    /** Names of the output columns. */
    List<String> names();

    /** Writes the encoding of {@code rows} of {@code f} into {@code out} at column {@code offset}. */
    void write(Feature f, int[] rows, float[] out, int width, int offset);
  }

  /**
   * A number, imputed with the training median (plus a 0/1 missing indicator when the training rows
   * had missing values) and standardised with the training mean and standard deviation.
   */
  public record NumericStep(String name, boolean impute, double median, double mean, double std, boolean indicator)
      implements Step {
    @Override
    @JsonIgnore
    public List<String> names() {
      return indicator ? List.of(name, name + ":missing") : List.of(name);
    }

    @Override
    public void write(Feature f, int[] rows, float[] out, int width, int offset) {
      double[] v = f.numbers();
      for (int i = 0; i < rows.length; i++) {
        double x = v[rows[i]];
        boolean missing = Double.isNaN(x);
        if (missing && impute) {
          x = median;
        }
        out[i * width + offset] = missing && !impute ? Float.NaN : (float) ((x - mean) / std);
        if (indicator) {
          out[i * width + offset + 1] = missing ? 1f : 0f;
        }
      }
    }
  }

  /**
   * One-hot columns for the most frequent training levels, and an "other" column for the rarer ones
   * when there are more than the spec allows. {@code column[code]} is the output column of the level
   * with that code, or -1 (all zeros: missing, or not seen in training).
   */
  public record CategoricalStep(String name, List<String> levels, int[] column, boolean other) implements Step {
    @Override
    @JsonIgnore
    public List<String> names() {
      List<String> out = new ArrayList<>();
      for (String level : levels) {
        out.add(name + "=" + level);
      }
      if (other) {
        out.add(name + "=(other)");
      }
      return out;
    }

    @Override
    public void write(Feature f, int[] rows, float[] out, int width, int offset) {
      int[] codes = f.codes();
      for (int i = 0; i < rows.length; i++) {
        int code = codes[rows[i]];
        if (code >= 0 && code < column.length && column[code] >= 0) {
          out[i * width + offset + column[code]] = 1f;
        }
      }
    }
  }
}
