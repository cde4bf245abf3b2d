package dev.verdict.run;

import dev.verdict.model.Trainer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Which of a family's candidates that finish on their own (not iterative, with a cost estimate) are
 * fitted, decided up front: together they may use all but {@value #ITERATIVE_SHARE} of the family's
 * time when the family also has iterative candidates (all of it otherwise), and within that the
 * cheapest are admitted first. They give complete results for a known cost, while an iterative
 * candidate (boosting, a forest, a network) grows until its share is spent and gives a usable model
 * with any time, so it is the one to cut; what the admitted ones leave unused flows to it. An equal
 * share each would skip a candidate that costs a little more than its share even when cheaper ones
 * leave room (on digits at a few seconds, a strong SVM behind a slower logistic regression). An
 * iterative candidate with a cost estimate (the smallest model worth having, such as a forest's
 * first trees) that its weighted share of the rest cannot afford is left out too, so the other
 * iterative candidates share its time from the start.
 *
 * @param admitted the admitted candidates with their predicted seconds (the share they are given)
 * @param poolSeconds the time the candidates that finish on their own may use together
 * @param unaffordable iterative candidates left out, with the share they would have had
 */
record FamilyPlan(Map<Trainer, Double> admitted, double poolSeconds, Map<Trainer, Double> unaffordable) {
  /** The least share of a family's time kept for its iterative candidates. */
  static final double ITERATIVE_SHARE = 1.0 / 3;

  /**
   * @param family the family's candidates, in the order they are fitted
   * @param predicted a candidate's predicted seconds for all its folds and selection fits
   * @param familySeconds the family's time for its candidates
   */
  static FamilyPlan of(List<Trainer> family, Function<Trainer, OptionalDouble> predicted, double familySeconds) {
    List<Trainer> finite = family.stream().filter(t -> !t.iterative() && predicted.apply(t).isPresent()).toList();
    boolean iterative = family.stream().anyMatch(Trainer::iterative);
    double pool = familySeconds * (iterative ? 1 - ITERATIVE_SHARE : 1);
    Map<Trainer, Double> admitted = new LinkedHashMap<>();
    double used = 0;
    for (Trainer t : finite.stream().sorted(Comparator.comparingDouble(t -> predicted.apply(t).getAsDouble())).toList()) {
      double cost = predicted.apply(t).getAsDouble();
      if (used + cost <= pool) {
        admitted.put(t, cost);
        used += cost;
      }
    }
    List<Trainer> kept = new ArrayList<>(family.stream().filter(Trainer::iterative).toList());
    Map<Trainer, Double> unaffordable = new LinkedHashMap<>();
    double rest = familySeconds - used;
    while (true) {
      double weights = kept.stream().mapToDouble(FamilyPlan::weight).sum();
      Trainer worst = null;
      double worstShare = 0;
      double worstRatio = 1;
      for (Trainer t : kept) {
        OptionalDouble cost = predicted.apply(t);
        double share = weights > 0 ? rest * weight(t) / weights : 0;
        if (cost.isPresent() && cost.getAsDouble() > share && cost.getAsDouble() / Math.max(share, 1e-9) > worstRatio) {
          worst = t;
          worstShare = share;
          worstRatio = cost.getAsDouble() / Math.max(share, 1e-9);
        }
      }
      if (worst == null) {
        break;
      }
      kept.remove(worst);
      unaffordable.put(worst, worstShare);
    }
    return new FamilyPlan(Map.copyOf(admitted), pool, Map.copyOf(unaffordable));
  }

  /** Whether the candidate is decided up front (it finishes on its own and has a cost estimate). */
  boolean planned(Trainer trainer, Function<Trainer, OptionalDouble> predicted) {
    return !trainer.iterative() && predicted.apply(trainer).isPresent();
  }

  static double weight(Trainer t) {
    return Math.max(0, t.shareWeight());
  }
}
