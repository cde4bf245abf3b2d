package dev.verdict.classical.tribuo;

import dev.verdict.model.Matrix;
import dev.verdict.model.Predictions;
import dev.verdict.model.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Converts between Verdict's matrices and Tribuo's examples. Classes are Tribuo labels named by
 * their index ("0", "1", …); the regression target is one dimension named "y".
 */
final class TribuoData {
  static final LabelFactory LABELS = new LabelFactory();
  static final RegressionFactory REGRESSORS = new RegressionFactory();
  private static final String TARGET = "y";

  private TribuoData() {}

  /** Feature names that sort in column order, so Tribuo keeps the columns as given. */
  static String[] featureNames(int columns) {
    String[] names = new String[columns];
    for (int c = 0; c < columns; c++) {
      names[c] = String.format("f%06d", c);
    }
    return names;
  }

  static MutableDataset<Label> classification(TrainingSet data) {
    MutableDataset<Label> set = new MutableDataset<>(new SimpleDataSourceProvenance("verdict fold", LABELS), LABELS);
    String[] names = featureNames(data.x().columns());
    Label[] labels = new Label[data.classes()];
    for (int c = 0; c < labels.length; c++) {
      labels[c] = new Label(Integer.toString(c));
    }
    for (int r = 0; r < data.x().rows(); r++) {
      set.add(new ArrayExample<>(labels[(int) data.y()[r]], names, data.x().row(r)));
    }
    return set;
  }

  static MutableDataset<Regressor> regression(TrainingSet data) {
    MutableDataset<Regressor> set =
        new MutableDataset<>(new SimpleDataSourceProvenance("verdict fold", REGRESSORS), REGRESSORS);
    String[] names = featureNames(data.x().columns());
    for (int r = 0; r < data.x().rows(); r++) {
      set.add(new ArrayExample<>(new Regressor(TARGET, data.y()[r]), names, data.x().row(r)));
    }
    return set;
  }

  /** Examples to predict, with an unknown output. */
  static <T extends Output<T>> List<Example<T>> examples(Matrix x, OutputFactory<T> factory) {
    String[] names = featureNames(x.columns());
    List<Example<T>> out = new ArrayList<>(x.rows());
    T unknown = factory.getUnknownOutput();
    for (int r = 0; r < x.rows(); r++) {
      out.add(new ArrayExample<>(unknown, names, x.row(r)));
    }
    return out;
  }

  /** Class predictions with probabilities (or normalised scores) per class index. */
  static Predictions classes(List<Prediction<Label>> predictions, int classes, boolean probabilities) {
    double[] values = new double[predictions.size()];
    double[][] p = probabilities ? new double[predictions.size()][classes] : null;
    for (int i = 0; i < values.length; i++) {
      Prediction<Label> prediction = predictions.get(i);
      values[i] = Integer.parseInt(prediction.getOutput().getLabel());
      if (p != null) {
        for (Map.Entry<String, Label> e : prediction.getOutputScores().entrySet()) {
          p[i][Integer.parseInt(e.getKey())] = e.getValue().getScore();
        }
      }
    }
    return new Predictions(values, p);
  }

  static Predictions values(List<Prediction<Regressor>> predictions) {
    double[] values = new double[predictions.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = predictions.get(i).getOutput().getValues()[0];
    }
    return new Predictions(values, null);
  }
}
