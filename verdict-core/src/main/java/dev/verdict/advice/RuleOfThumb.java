package dev.verdict.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folk rules for choosing between classical ML and deep learning, refined by published
 * evidence, applied to a data set's profile. This is the instant answer given before training; the
 * run then checks it against the data.
 */
public final class RuleOfThumb {
  static final String FOLK = "folk rule of applied ML";
  static final String GRINSZTAJN = "Grinsztajn, Oyallon & Varoquaux, \"Why do tree-based models still outperform deep"
      + " learning on typical tabular data?\", NeurIPS 2022 Datasets and Benchmarks";
  static final String SHWARTZ_ZIV = "Shwartz-Ziv & Armon, \"Tabular data: Deep learning is not all you need\","
      + " Information Fusion 81 (2022)";

  /** Below this many rows a table is small: the regime where tree ensembles led at every budget. */
  public static final int SMALL_ROWS = 10_000;
  /** From this many rows on, the gap between trees and deep models was seen to narrow. */
  public static final int LARGE_ROWS = 50_000;
  /** Share of weakly associated features from which the uninformative-features rule applies. */
  public static final double WEAK_SHARE = 0.3;

  private RuleOfThumb() {}

  /**
   * Advice for a table.
   *
   * @param rows rows with a target
   * @param features usable feature columns
   * @param weakShare share of features with almost no univariate association with the target
   * @param categoricalShare share of features that are categorical
   */
  public static Advice forTable(int rows, int features, double weakShare, double categoricalShare) {
    List<Advice.Reason> reasons = new ArrayList<>();
    reasons.add(new Advice.Reason("tables → classical ML",
        "the data is a table with " + features + " feature column" + (features == 1 ? "" : "s"),
        "classical", FOLK + "; " + SHWARTZ_ZIV));
    int score = 1; // > 0 favours classical
    if (rows < SMALL_ROWS) {
      reasons.add(new Advice.Reason("small datasets → classical ML",
          String.format(Locale.ROOT, "%,d rows, under %,d", rows, SMALL_ROWS), "classical",
          FOLK + "; " + GRINSZTAJN + ": with training sets cut to about 10k rows, tree-based models led deep"
              + " models on 45 datasets at every hyperparameter-search budget"));
      score += 2;
    } else if (rows < LARGE_ROWS) {
      reasons.add(new Advice.Reason("medium tables → tree ensembles still lead",
          String.format(Locale.ROOT, "%,d rows, between %,d and %,d", rows, SMALL_ROWS, LARGE_ROWS), "classical",
          GRINSZTAJN));
      score += 1;
    } else {
      reasons.add(new Advice.Reason("large tables → the gap narrows",
          String.format(Locale.ROOT, "%,d rows, %,d or more", rows, LARGE_ROWS), "neither",
          GRINSZTAJN + ": the advantage of trees shrank at 50k rows"));
      score -= 1;
    }
    if (features > 0 && weakShare >= WEAK_SHARE) {
      reasons.add(new Advice.Reason("uninformative features hurt deep models most",
          String.format(Locale.ROOT, "%.0f%% of the features show almost no univariate link to the target", 100 * weakShare),
          "classical", GRINSZTAJN + ": MLP-like models degraded most when uninformative features were added"));
      score += 1;
    }
    if (features > 0 && categoricalShare >= 0.5) {
      reasons.add(new Advice.Reason("heterogeneous, categorical-heavy columns → trees",
          String.format(Locale.ROOT, "%.0f%% of the features are categorical", 100 * categoricalShare),
          "classical", GRINSZTAJN + "; " + SHWARTZ_ZIV));
      score += 1;
    }
    String expected = score >= 1 ? "classical" : "either";
    String strength = score >= 3 ? "strong" : score >= 2 ? "moderate" : "weak";
    String summary = switch (expected) {
      case "classical" -> "Expect classical ML (gradient boosting or a random forest) to win on this table ("
          + strength + " expectation).";
      default -> "Expect a close race: on large tables deep models can match tree ensembles; classical ML remains"
          + " the cheaper default.";
    };
    return new Advice(expected, strength, summary, List.copyOf(reasons));
  }

  /** Advice for the non-tabular modalities, from the folk rules alone (refined once measured). */
  public static Advice forModality(Modality modality, int examples) {
    List<Advice.Reason> reasons = new ArrayList<>();
    switch (modality) {
      case IMAGE -> reasons.add(new Advice.Reason("images → CNNs", "the data is images", "deep", FOLK));
      case TEXT -> reasons.add(new Advice.Reason("text → Transformers", "the data is text", "deep", FOLK));
      case AUDIO -> reasons.add(new Advice.Reason("speech and audio → deep learning", "the data is audio", "deep", FOLK));
      case TABLE -> throw new IllegalArgumentException("use forTable for tables");
    }
    boolean small = examples < 1_000;
    if (small) {
      reasons.add(new Advice.Reason("small datasets → classical ML",
          String.format(Locale.ROOT, "%,d examples", examples), "classical", FOLK));
    }
    return new Advice("deep", small ? "weak" : "moderate",
        "Expect deep learning to win on " + modality.label() + " data" + (small ? ", though the data set is small." : "."),
        List.copyOf(reasons));
  }
}
