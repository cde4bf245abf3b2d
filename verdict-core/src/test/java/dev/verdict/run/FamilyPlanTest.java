package dev.verdict.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Trainer;
import dev.verdict.testing.TestFamily;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FamilyPlanTest {
  private final Trainer logistic = new TestFamily.Slow("logistic", 0, 1);
  private final Trainer cart = new TestFamily.Slow("cart", 0, 1);
  private final Trainer svm = new TestFamily.Slow("svm", 0, 1);
  private final Trainer boosting = new TestFamily.UntilDeadline("boosting");
  private final Trainer forest = new TestFamily.UntilDeadline("forest");
  private final List<Trainer> family = List.of(logistic, cart, svm, boosting, forest);

  private static Function<Trainer, OptionalDouble> costs(Map<String, Double> seconds) {
    return t -> seconds.containsKey(t.id()) ? OptionalDouble.of(seconds.get(t.id())) : OptionalDouble.empty();
  }

  @Test
  void theCheapestFiniteCandidatesShareTwoThirdsOfTheFamilysTime() {
    // 6 of 9 s; an equal share each (1.8 s) would skip the 2.6 s SVM
    var predicted = costs(Map.of("logistic", 2.9, "cart", 1.0, "svm", 2.6));
    FamilyPlan plan = FamilyPlan.of(family, predicted, 9);
    assertEquals(6.0, plan.poolSeconds(), 1e-9);
    assertEquals(Map.of(cart, 1.0, svm, 2.6), plan.admitted());
    assertTrue(plan.planned(logistic, predicted), "decided up front, and left out");
    assertFalse(plan.planned(boosting, predicted), "iterative candidates take what is left");
  }

  @Test
  void everyFiniteCandidateRunsWhenTheyFitTogether() {
    FamilyPlan plan = FamilyPlan.of(family, costs(Map.of("logistic", 0.5, "cart", 0.2, "svm", 1.0)), 60);
    assertEquals(3, plan.admitted().size());
  }

  @Test
  void withoutIterativeCandidatesTheFiniteOnesHaveAllTheTime() {
    FamilyPlan plan = FamilyPlan.of(List.of(logistic, cart, svm), costs(Map.of("logistic", 4.0, "cart", 1.0, "svm", 4.0)), 9);
    assertEquals(9.0, plan.poolSeconds(), 1e-9);
    assertEquals(Map.of(cart, 1.0, logistic, 4.0, svm, 4.0), plan.admitted());
  }

  @Test
  void aCandidateWithoutACostEstimateIsNotPlanned() {
    var predicted = costs(Map.of("svm", 1.0));
    FamilyPlan plan = FamilyPlan.of(family, predicted, 3);
    assertFalse(plan.planned(logistic, predicted));
    assertEquals(Map.of(svm, 1.0), plan.admitted());
  }

  @Test
  void aForestWhoseShareCannotAffordItsSmallestUsefulSizeLeavesItsTimeToBoosting() {
    // 9 s: the finite ones take 2 s, the 7 s left would go 3.5 / 3.5 (equal weights), the forest needs 5
    var predicted = costs(Map.of("logistic", 0.5, "cart", 0.5, "svm", 1.0, "forest", 5.0));
    FamilyPlan plan = FamilyPlan.of(family, predicted, 9);
    assertEquals(Map.of(forest, 3.5), plan.unaffordable());
    assertEquals(3, plan.admitted().size());
    FamilyPlan roomy = FamilyPlan.of(family, predicted, 20);
    assertTrue(roomy.unaffordable().isEmpty(), "9 s of the 18 s left affords it");
  }
}
