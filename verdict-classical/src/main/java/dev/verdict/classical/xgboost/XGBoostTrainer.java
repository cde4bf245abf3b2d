package dev.verdict.classical.xgboost;

import dev.verdict.model.FitReport;
import dev.verdict.model.Model;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.split.FoldSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost, hist): depth 6, learning rate 0.1, row and column subsampling
 * 0.8. On {@value #EARLY_STOPPING_ROWS} training rows or more, {@value #VALIDATION_SHARE} of the
 * training fold is held out to stop boosting after {@value #PATIENCE} rounds without improvement
 * (at most {@value #MAX_ROUNDS}); on fewer rows it boosts {@value #SMALL_ROUNDS} rounds. Boosting
 * also stops at a round boundary once the fold's time share is spent. When the first rounds show
 * that the share affords fewer than {@value #ROUNDS_AT_BASE_RATE} rounds, the learning rate is raised
 * (up to {@value #MAX_ETA}, XGBoost's default) so the rounds that fit go further: a model cut at 47
 * rounds of η 0.1 is far from converged. With time to spare the learning rate stays 0.1, and the
 * fit does not depend on timing. With {@value #MULTI_OUTPUT_CLASSES} classes or more, each round
 * grows one multi-output tree rather than one tree per class.
 */
public final class XGBoostTrainer extends XGBoostBase {
  static final int EARLY_STOPPING_ROWS = 500;
  static final double VALIDATION_SHARE = 0.15;
  static final int PATIENCE = 30;
  static final int MAX_ROUNDS = 1000;
  static final int SMALL_ROUNDS = 150;
  static final double ETA = 0.1;
  static final double MAX_ETA = 0.3;
  /** Rounds an early-stopped fit at η {@value #ETA} typically needs on the benchmark tables. */
  static final int ROUNDS_AT_BASE_RATE = 300;
  /** Rounds timed before deciding whether the share affords the base rate. */
  static final int TIMED_ROUNDS = 3;
  /**
   * From this many classes on, each round grows one tree with a vector of class scores per leaf
   * instead of one tree per class. On letter (26 classes, 40 s alone on one core) this reached 260
   * rounds instead of 165 and 0.963 accuracy instead of 0.961, and predicts faster; on digits (10
   * classes) it was no better (0.969 against 0.970), so fewer classes keep one tree per class.
   */
  static final int MULTI_OUTPUT_CLASSES = 20;

  /** Whether a fit holds rows out to stop early: decided by its rows, or fixed for a learning curve. */
  private enum Stopping { BY_SIZE, EARLY, FIXED_ROUNDS }

  private final Stopping stopping;

  public XGBoostTrainer(TaskType task) {
    this(task, Stopping.BY_SIZE);
  }

  private XGBoostTrainer(TaskType task, Stopping stopping) {
    super(task);
    this.stopping = stopping;
  }

  /**
   * With early stopping on or off as a fit on {@code rows} rows would have it, at every size: on
   * spam (3,680-row folds) the curve's sizes under {@value #EARLY_STOPPING_ROWS} rows boosted a fixed
   * {@value #SMALL_ROUNDS} rounds and the larger ones stopped early, a switch inside the sizes that
   * the extrapolation check fits.
   */
  @Override
  public Trainer withSettingsFor(int rows, int classes) {
    return new XGBoostTrainer(task, rows >= EARLY_STOPPING_ROWS ? Stopping.EARLY : Stopping.FIXED_ROUNDS);
  }

  /** Whether a fit on {@code rows} rows stops early on a holdout under this trainer's rule. */
  boolean stopsEarly(int rows) {
    return switch (stopping) {
      case BY_SIZE -> rows >= EARLY_STOPPING_ROWS;
      case EARLY -> true;
      case FIXED_ROUNDS -> false;
    };
  }

  @Override
  public String id() {
    return "xgboost";
  }

  @Override
  public String displayName() {
    return "XGBoost gradient boosting (hist, depth 6, η 0.1)";
  }

  /**
   * Twice an equal share of the time left: gradient boosting is the strongest single learner on most
   * tables (Grinsztajn et al. 2022; on letter at 1m30s an equal split with the forest left it at 68
   * rounds, 0.8 points behind). When it stops early, the forest after it gets the rest.
   */
  @Override
  public double shareWeight() {
    return 2;
  }

  @Override
  public Model fit(TrainingSet data, TrainContext context) {
    if (data.task() != task) {
      throw new IllegalArgumentException(id() + " was made for " + task + " but got " + data.task());
    }
    Map<String, Object> params = XGBoostSupport.baseParams(data, context);
    params.put("max_depth", 6);
    params.put("eta", ETA);
    params.put("subsample", 0.8);
    params.put("colsample_bytree", 0.8);
    params.put("min_child_weight", 1);
    if (multiOutput(data.classes())) {
      params.put("multi_strategy", "multi_output_tree");
    }
    int n = data.x().rows();
    int[][] split = stopsEarly(n) ? holdout(data, context.seed()) : null;
    // a stratified holdout of few rows per class can round to nothing
    boolean early = split != null && split[0].length > 0 && split[1].length > 0;
    if (!early) {
      split = new int[][] {IntStream.range(0, n).toArray(), new int[0]};
    }
    DMatrix train = null;
    DMatrix validation = null;
    Booster booster = null;
    try {
      train = XGBoostSupport.matrix(data.x(), data.y(), split[0]);
      validation = early ? XGBoostSupport.matrix(data.x(), data.y(), split[1]) : null;
      booster = XGBoost.train(train, params, 0, Map.of(), null, null);
      int maxRounds = early ? MAX_ROUNDS : SMALL_ROUNDS;
      double best = Double.POSITIVE_INFINITY;
      int bestRound = -1;
      int rounds = 0;
      boolean cut = false;
      double eta = ETA;
      long start = System.nanoTime();
      for (int i = 0; i < maxRounds; i++) {
        if (i > 0 && context.deadline().passed()) {
          cut = true;
          break;
        }
        if (i == TIMED_ROUNDS && maxRounds > ROUNDS_AT_BASE_RATE) {
          eta = learningRate(i + context.deadline().secondsLeft() / ((System.nanoTime() - start) / 1e9 / i));
          if (eta > ETA) {
            booster.setParam("eta", eta);
          }
        }
        booster.update(train, i);
        rounds = i + 1;
        if (early) {
          double loss = XGBoostSupport.lastValue(booster.evalSet(new DMatrix[] {validation}, new String[] {"val"}, i));
          if (loss < best - 1e-12) {
            best = loss;
            bestRound = i;
          } else if (i - bestRound >= PATIENCE) {
            break;
          }
        }
      }
      int used = early ? bestRound + 1 : rounds;
      String detail = early
          ? used + " rounds (early stopping on a " + Math.round(VALIDATION_SHARE * 100) + "% holdout, " + rounds + " tried)"
          : used + " rounds";
      if (eta > ETA) {
        detail += String.format(Locale.ROOT, ", η raised to %.2f for its time share", eta);
      }
      if (cut) {
        detail = "cut at " + rounds + " rounds; " + detail;
      }
      List<Booster> boosters = new ArrayList<>();
      boosters.add(booster);
      XGBoostModel model = new XGBoostModel(boosters, early ? used : 0, data.task(), data.classes(),
          new FitReport(cut, used, detail));
      booster = null; // owned by the model now
      return model;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    } finally {
      if (booster != null) {
        booster.dispose();
      }
      if (train != null) {
        train.dispose();
      }
      if (validation != null) {
        validation.dispose();
      }
    }
  }

  /** Whether a fit on {@code classes} classes grows multi-output trees. */
  static boolean multiOutput(int classes) {
    return classes >= MULTI_OUTPUT_CLASSES;
  }

  /**
   * The learning rate for a fit that can afford {@code rounds} rounds in all: {@value #ETA} when that
   * is at least {@value #ROUNDS_AT_BASE_RATE}, else scaled up in proportion, at most {@value #MAX_ETA}.
   */
  static double learningRate(double rounds) {
    if (!(rounds < ROUNDS_AT_BASE_RATE)) {
      return ETA;
    }
    return Math.min(MAX_ETA, ETA * ROUNDS_AT_BASE_RATE / Math.max(1, rounds));
  }

  /** A seeded holdout of {@link #VALIDATION_SHARE} of the training fold, stratified by class. */
  static int[][] holdout(TrainingSet data, long seed) {
    return FoldSplitter.holdout(data, VALIDATION_SHARE, seed);
  }
}
