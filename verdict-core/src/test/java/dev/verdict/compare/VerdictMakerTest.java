package dev.verdict.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.advice.RuleOfThumb;
import dev.verdict.eval.Metric;
import dev.verdict.result.FoldPlan;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictMakerTest {
  private static final FoldPlan FOLDS = new FoldPlan(5, 1, true, 1, new int[] {100, 100, 100, 100, 100}, new int[500], 3, true);

  /** A candidate with the given outer and inner (selection) accuracies per fold. */
  private static ModelResult model(String id, String family, double[] outer, double[] inner, double fitSeconds) {
    return model(id, family, outer, inner, fitSeconds, false);
  }

  private static ModelResult model(String id, String family, double[] outer, double[] inner, double fitSeconds, boolean cut) {
    List<FoldScore> folds = new ArrayList<>();
    for (int j = 0; j < outer.length; j++) {
      folds.add(new FoldScore(j, Map.of("accuracy", outer[j]), fitSeconds / outer.length, 0.01, 400, 100, cut,
          cut ? "cut at 4 epochs" : "", inner[j], 0.1));
    }
    double mean = java.util.Arrays.stream(outer).average().orElse(0);
    return new ModelResult(id, id, family, false, ModelStatus.COMPLETE, "", folds, Map.of("accuracy", mean),
        Map.of("accuracy", 0.01), fitSeconds, 10.0, 1000L, null);
  }

  @Test
  void selectionUsesInnerScoresNotTestScores() {
    // b is better on the test folds, but a looks better on the inner splits: the pipeline must pick a
    ModelResult a = model("a", "classical", new double[] {0.80, 0.80, 0.80, 0.80, 0.80}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1);
    ModelResult b = model("b", "classical", new double[] {0.95, 0.95, 0.95, 0.95, 0.95}, new double[] {0.7, 0.7, 0.7, 0.7, 0.7}, 1);
    SelectedPipeline p = VerdictMaker.select("classical", List.of(a, b), Metric.ACCURACY, 5);
    assertEquals(List.of("a", "a", "a", "a", "a"), p.chosen());
    assertEquals(0.80, p.mean(), 1e-12);
  }

  @Test
  void exactInnerTiesAreNotBrokenByTestScores() {
    // equal inner scores; b is better on the test folds and comes first in the ranking: the tie goes to a (by id)
    double[] inner = {0.9, 0.9, 0.9, 0.9, 0.9};
    ModelResult a = model("a", "classical", new double[] {0.80, 0.80, 0.80, 0.80, 0.80}, inner, 1);
    ModelResult b = model("b", "classical", new double[] {0.95, 0.95, 0.95, 0.95, 0.95}, inner, 1);
    SelectedPipeline p = VerdictMaker.select("classical", List.of(b, a), Metric.ACCURACY, 5);
    assertEquals(List.of("a", "a", "a", "a", "a"), p.chosen());
  }

  @Test
  void clearlyBetterDeepFamilyWins() {
    ModelResult c = model("xgb", "classical", new double[] {0.80, 0.81, 0.79, 0.80, 0.82}, new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, 1);
    ModelResult d = model("mlp", "deep", new double[] {0.90, 0.91, 0.90, 0.92, 0.91}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 10);
    FamilyVerdict v = VerdictMaker.compare(List.of(c, d), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0)).verdict();
    assertEquals(FamilyVerdict.Outcome.DEEP, v.outcome());
    assertEquals(0.104, v.difference(), 1e-9);
    assertTrue(v.lower() > 0);
    assertEquals("deep", v.recommended());
    assertTrue(v.adviceCheck().contains("expected classical ML; the data says deep"), v.adviceCheck());
    assertTrue(v.paragraph().startsWith("Deep learning wins"), v.paragraph());
  }

  @Test
  void noiseGivesNoSignificantDifferenceAndTheCheaperFamily() {
    ModelResult c = model("xgb", "classical", new double[] {0.80, 0.84, 0.78, 0.83, 0.80}, new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, 1);
    ModelResult d = model("mlp", "deep", new double[] {0.82, 0.80, 0.81, 0.80, 0.83}, new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, 10);
    FamilyVerdict v = VerdictMaker.compare(List.of(c, d), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0)).verdict();
    assertEquals(FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE, v.outcome());
    assertTrue(v.lower() < 0 && v.upper() > 0);
    assertEquals("classical", v.recommended(), "10× cheaper to fit");
    assertTrue(v.paragraph().contains("10.0× faster"), v.paragraph());
  }

  @Test
  void withoutASignificantDifferenceAndAtAboutTheSameCostTheBetterMeanIsRecommended() {
    // a short budget: both families fit until their equal shares are spent
    ModelResult c = model("xgb", "classical", new double[] {0.95, 0.95, 0.99, 0.98, 0.97}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1.43);
    ModelResult d = model("mlp", "deep", new double[] {0.87, 0.93, 0.96, 0.97, 0.88}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1.38);
    FamilyVerdict v = VerdictMaker.compare(List.of(c, d), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0)).verdict();
    assertEquals(FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE, v.outcome());
    assertEquals("classical", v.recommended(), "4 points better on average, though deep fitted 4 % faster");
    assertTrue(v.paragraph().contains("cost about the same to train"), v.paragraph());
  }

  @Test
  void aCheaperLookingPipelineCutShortByTheBudgetDoesNotWinOnCost() {
    // digits at 7 s: the networks, cut after 4 epochs, fitted 1.5× faster than boosting and scored 5 points less
    ModelResult c = model("xgb", "classical", new double[] {0.956, 0.956, 0.989, 0.978, 0.967}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1.9);
    ModelResult d = model("mlp", "deep", new double[] {0.842, 0.892, 0.964, 0.981, 0.925}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1.28, true);
    FamilyVerdict v = VerdictMaker.compare(List.of(c, d), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0)).verdict();
    assertEquals(FamilyVerdict.Outcome.NO_SIGNIFICANT_DIFFERENCE, v.outcome());
    assertEquals(5, v.deep().cutFolds());
    assertEquals("classical", v.recommended());
    assertTrue(v.paragraph().contains("deep pipeline's fits were cut short by the budget"), v.paragraph());
    // the same networks, not cut: then their fit time is their cost, and the cheaper family is recommended
    ModelResult uncut = model("mlp", "deep", new double[] {0.842, 0.892, 0.964, 0.981, 0.925}, new double[] {0.9, 0.9, 0.9, 0.9, 0.9}, 1.28);
    assertEquals("deep", VerdictMaker.compare(List.of(c, uncut), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0))
        .verdict().recommended());
  }

  @Test
  void lowerIsBetterMetricsAreComparedInTheRightDirection() {
    FoldPlan folds = FOLDS;
    List<ModelResult> models = new ArrayList<>();
    for (String[] spec : new String[][] {{"lin", "classical", "10"}, {"mlp", "deep", "8"}}) {
      double base = Double.parseDouble(spec[2]);
      List<FoldScore> fs = new ArrayList<>();
      for (int j = 0; j < 5; j++) {
        fs.add(new FoldScore(j, Map.of("rmse", base + 0.01 * j), 1, 0.01, 400, 100, false, "", base, 0.1));
      }
      models.add(new ModelResult(spec[0], spec[0], spec[1], false, ModelStatus.COMPLETE, "", fs, Map.of("rmse", base),
          Map.of("rmse", 0.0), 5, 1.0, 10L, null));
    }
    FamilyVerdict v = VerdictMaker.compare(models, Metric.RMSE, folds, RuleOfThumb.forTable(500, 10, 0, 0)).verdict();
    assertEquals(FamilyVerdict.Outcome.DEEP, v.outcome(), "lower RMSE is better");
    assertEquals(2.0, v.difference(), 1e-9, "−RMSE difference: deep is 2 better");
  }

  @Test
  void noVerdictWithoutBothFamilies() {
    ModelResult c = model("xgb", "classical", new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, new double[] {0.8, 0.8, 0.8, 0.8, 0.8}, 1);
    VerdictMaker.Comparison comparison = VerdictMaker.compare(List.of(c), Metric.ACCURACY, FOLDS, RuleOfThumb.forTable(500, 10, 0, 0));
    assertNull(comparison.verdict());
    assertEquals(1, comparison.selected().size());
  }
}
