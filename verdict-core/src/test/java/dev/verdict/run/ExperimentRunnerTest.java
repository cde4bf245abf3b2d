package dev.verdict.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import dev.verdict.curve.CurvePoint;
import dev.verdict.curve.FamilyCurve;
import dev.verdict.curve.LearningCurves;
import dev.verdict.model.Family;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import dev.verdict.testing.SyntheticData;
import dev.verdict.testing.TestFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {
  @TempDir
  Path dir;

  private Path data() {
    return SyntheticData.write(dir, "buyers.csv", SyntheticData.classificationCsv(200, 11));
  }

  private RunOptions options(Path data, String out) {
    return RunOptions.defaults(data, "label").withBudget(Duration.ofSeconds(20)).withSeed(5).withOut(dir.resolve(out), false);
  }

  private static CompletedRun run(RunOptions o, dev.verdict.model.Trainer... trainers) {
    return new ExperimentRunner(List.of(new TestFamily(trainers))).run(o, RunListener.silent());
  }

  @Test
  void writesARankedResultFolder() throws IOException {
    Path data = data();
    CompletedRun run = run(options(data, "r1"), new TestFamily.Baseline(), new TestFamily.Centroid());
    Path folder = run.folder();
    assertTrue(Files.isRegularFile(folder.resolve("result.json")));
    assertTrue(Files.isRegularFile(folder.resolve("leaderboard.csv")));
    assertTrue(Files.readString(folder.resolve("summary.md")).contains("## Leaderboard"));
    RunResult r = ResultJson.readRun(folder.resolve("result.json"));
    assertEquals(RunResult.SCHEMA_VERSION, r.schemaVersion());
    assertEquals("accuracy", r.primaryMetric());
    assertEquals("centroid", r.best());
    ModelResult centroid = r.model("centroid");
    assertEquals(5, centroid.folds().size());
    assertTrue(centroid.meanOf("accuracy") > 0.8, "signal separates the classes");
    assertTrue(centroid.meanOf("accuracy") > r.model("baseline").meanOf("accuracy"));
    assertNotNull(centroid.std().get("accuracy"));
    assertEquals(200, centroid.outOfFold().predicted().length);
    assertTrue(Stream.of(centroid.outOfFold().predicted()).allMatch(p -> p.equals("yes_buy") || p.equals("no_buy")));
    assertEquals(r.profile().sha256(), r.provenance().dataSha256());
    assertEquals("5", r.provenance().options().get("seed"));
    assertEquals(200, r.folds().foldOfRow().length);
  }

  @Test
  void sameSeedGivesTheSameScores() {
    Path data = data();
    RunResult a = run(options(data, "a"), new TestFamily.Baseline(), new TestFamily.Centroid()).result();
    RunResult b = run(options(data, "b"), new TestFamily.Baseline(), new TestFamily.Centroid()).result();
    assertEquals(a.model("centroid").mean(), b.model("centroid").mean());
    for (int f = 0; f < 5; f++) {
      assertEquals(a.model("centroid").folds().get(f).metrics(), b.model("centroid").folds().get(f).metrics());
    }
    RunResult c = run(options(data, "c").withSeed(6), new TestFamily.Baseline(), new TestFamily.Centroid()).result();
    assertFalse(java.util.Arrays.equals(a.folds().foldOfRow(), c.folds().foldOfRow()));
  }

  @Test
  void repeatsMultiplyThePairedScores() {
    RunResult r = run(options(data(), "rep").withRepeats(3), new TestFamily.Baseline(), new TestFamily.Centroid(),
        new TestFamily.DeepUntilDeadline()).result();
    assertEquals(3, r.folds().repeats());
    assertEquals(5, r.folds().count());
    assertEquals(15, r.model("centroid").folds().size());
    assertEquals(15, r.verdict().folds());
    assertEquals(15, r.verdict().classical().chosen().size());
    RunResult again = run(options(data(), "rep2").withRepeats(3), new TestFamily.Baseline(), new TestFamily.Centroid())
        .result();
    assertEquals(r.model("centroid").folds().get(12).metrics(), again.model("centroid").folds().get(12).metrics());
    RunResult single = run(options(data(), "rep3"), new TestFamily.Baseline(), new TestFamily.Centroid()).result();
    assertEquals(single.model("centroid").folds().get(2).metrics(), r.model("centroid").folds().get(2).metrics(),
        "the first repeat is the unrepeated run");
  }

  @Test
  void modelPredictedOverItsShareIsSkippedUpFront() {
    RunResult r = run(options(data(), "skip").withBudget(Duration.ofSeconds(5)), new TestFamily.Baseline(),
        new TestFamily.Centroid(), new TestFamily.Slow("slow", 0, 60)).result();
    ModelResult slow = r.model("slow");
    assertEquals(ModelStatus.SKIPPED, slow.status());
    assertTrue(slow.note().startsWith("skipped: predicted"), slow.note());
    assertTrue(slow.note().contains("exceeds"), slow.note());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("slow:")));
  }

  @Test
  void everyCandidateIsSelectedOnTheSameInnerSplits() {
    RunResult r = run(options(data(), "same-splits"), new TestFamily.Baseline(), new TestFamily.Centroid("a"),
        new TestFamily.Centroid("b")).result();
    for (int f = 0; f < 5; f++) {
      Double a = r.model("a").folds().get(f).selectionScore();
      assertNotNull(a);
      assertEquals(a, r.model("b").folds().get(f).selectionScore(), "fold " + f + ": identical models, identical inner score");
    }
    assertEquals(3, r.folds().selectionFolds(), "small training folds, cheap candidates: inner 3-fold");
    // the selection fits (costed at their own size, so a quadratic learner is not over-predicted)
    assertEquals(958, new CvPlan(3, true).selectionRows(1437), "two of three inner folds");
    assertEquals(12_800, new CvPlan(1, true).selectionRows(16_000), "the 80 % of one holdout");
  }

  @Test
  void aShortBudgetSelectsOnOneHoldoutInsteadOfInnerFolds() {
    // 5 folds × (1 + 3 inner) × 0.2 s = 4 s predicted with inner folds: over half of a 5 s budget
    CompletedRun run = run(options(data(), "holdout").withBudget(Duration.ofSeconds(5)), new TestFamily.Baseline(),
        new TestFamily.Centroid("a"), new TestFamily.Slow("priced", 0, 0.2));
    RunResult r = run.result();
    assertEquals(1, r.folds().selectionFolds());
    assertFalse(r.folds().probabilities(), "nor costly probabilities that accuracy does not need");
    assertNotNull(r.model("a").folds().get(0).selectionScore(), "the pipeline still selects, on one holdout");
    assertEquals("one 20 % holdout", r.folds().selectionLabel());
    assertEquals(3, run(options(data(), "inner").withBudget(Duration.ofSeconds(30)), new TestFamily.Baseline(),
        new TestFamily.Centroid("a"), new TestFamily.Slow("priced", 0, 0.2)).result().folds().selectionFolds(),
        "with time to spare, inner folds");
  }

  @Test
  void theSavedModelsFinalFitStopsAtTheRunsDeadlineAndSaysSo() {
    // the only model iterates until its deadline: the final fit gets what the budget kept for it
    RunResult r = run(options(data(), "refit-cut").withBudget(Duration.ofSeconds(3)), new TestFamily.Baseline(),
        new TestFamily.UntilDeadline()).result();
    assertNotNull(r.saved());
    assertTrue(r.saved().cut(), r.saved().detail());
    assertTrue(r.elapsedSeconds() < 4.5, "the refit stopped near the deadline, not after its 1,000 steps: " + r.elapsedSeconds());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("cut its final fit short")), r.warnings().toString());
  }

  @Test
  void aFamilysEngineStartIsTimedApartFromItsModelsFits() {
    TestFamily models = new TestFamily(new TestFamily.Baseline(), new TestFamily.Centroid());
    ModelFamily slowStart = new ModelFamily() {
      @Override
      public String id() {
        return models.id();
      }

      @Override
      public Family family() {
        return models.family();
      }

      @Override
      public List<Trainer> trainers(TaskType task) {
        return models.trainers(task);
      }

      @Override
      public Map<String, String> libraryVersions() {
        return models.libraryVersions();
      }

      @Override
      public void start(int threads) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    RunResult r = new ExperimentRunner(List.of(slowStart)).run(options(data(), "startup"), RunListener.silent()).result();
    assertTrue(r.startup().families().get("test") >= 0.3, r.startup().toString());
    assertTrue(r.model("centroid").folds().get(0).fitSeconds() < 0.3, "the start is in no fold's fit time");
    assertTrue(r.startup().jvmSeconds() >= 0);
  }

  @Test
  void slowFirstFoldStopsANonIterativeModel() {
    RunResult r = run(options(data(), "partial").withBudget(Duration.ofSeconds(3)), new TestFamily.Baseline(),
        new TestFamily.Centroid(), new TestFamily.Slow("slow", 400, 0)).result(); // 4 fits per fold: 3 inner + 1
    ModelResult slow = r.model("slow");
    assertEquals(ModelStatus.INCOMPLETE, slow.status());
    assertEquals(1, slow.folds().size());
    assertTrue(slow.note().contains("stopped after fold 1"), slow.note());
    assertEquals(null, slow.mean());
  }

  @Test
  void aFoldThatCannotEndInTheTimeLeftIsNotStartedSoTheSavedModelKeepsItsReserve() {
    // an iterative model whose every fit takes 300 ms whatever its deadline (a round it must finish):
    // 1.2 s a fold (3 inner fits and the outer one); two folds end about 0.2 s before the fits must,
    // and a third would end past the run's deadline, leaving the saved model no time
    Trainer stubborn = new TestFamily.Centroid("stubborn") {
      @Override
      public boolean iterative() {
        return true;
      }

      @Override
      public dev.verdict.model.Model fit(dev.verdict.model.TrainingSet data, dev.verdict.model.TrainContext context) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.fit(data, context);
      }
    };
    RunResult r = run(options(data(), "reserve").withBudget(Duration.ofSeconds(3)), new TestFamily.Baseline(),
        new TestFamily.Centroid(), stubborn).result();
    ModelResult m = r.model("stubborn");
    assertEquals(ModelStatus.INCOMPLETE, m.status(), m.note());
    assertTrue(m.note().contains("left for fitting") || m.note().contains("time for fitting was spent"), m.note());
    assertNotNull(r.saved(), "the refit still had its reserve: " + r.warnings());
    assertTrue(r.elapsedSeconds() < 3.3, "the run kept its deadline: " + r.elapsedSeconds());
  }

  @Test
  void iterativeModelIsCutAtItsShare() {
    RunResult r = run(options(data(), "cut").withBudget(Duration.ofSeconds(3)), new TestFamily.Baseline(),
        new TestFamily.UntilDeadline()).result();
    ModelResult m = r.model("until-deadline");
    assertEquals(ModelStatus.CUT, m.status());
    assertTrue(m.status().ranked());
    assertTrue(r.elapsedSeconds() < 4.5, "the run kept its deadline: " + r.elapsedSeconds());
  }

  @Test
  void oneAfterTheOtherFamiliesShareTheBudgetAndUnusedTimeFlowsToTheOther() {
    // the classical family finishes at once, so the deep family gets (nearly) the whole budget
    RunOptions sequential = options(data(), "fair").withBudget(Duration.ofSeconds(4)).withFamiliesInParallel(false);
    RunResult r = run(sequential, new TestFamily.Baseline(), new TestFamily.Centroid(), new TestFamily.DeepUntilDeadline()).result();
    ModelResult deep = r.model("deep-until-deadline");
    assertEquals(ModelStatus.CUT, deep.status());
    assertTrue(total(deep) > 2.5, "deep used the classical family's unused half: " + total(deep));
    // two iterative families: each gets about half
    RunResult both = run(sequential.withOut(dir.resolve("fair2"), false), new TestFamily.Baseline(),
        new TestFamily.UntilDeadline(), new TestFamily.DeepUntilDeadline()).result();
    double classical = total(both.model("until-deadline"));
    double deep2 = total(both.model("deep-until-deadline"));
    assertTrue(classical > 1.2 && classical < 2.6, "classical about half: " + classical);
    assertTrue(deep2 > 1.0, "deep not starved: " + deep2);
    assertNotNull(both.verdict(), "both families complete (cut), so there is a verdict");
  }

  @Test
  void aLearnerWithTwiceTheWeightGetsTwiceTheShare() {
    Trainer heavy = new TestFamily.UntilDeadline("heavy") {
      @Override
      public double shareWeight() {
        return 2;
      }
    };
    RunResult r = run(options(data(), "weights").withBudget(Duration.ofSeconds(4)), new TestFamily.Baseline(), heavy,
        new TestFamily.UntilDeadline("light")).result();
    double h = total(r.model("heavy"));
    double l = total(r.model("light"));
    assertTrue(h > 1.5 * l && h < 2.6 * l, "heavy " + h + " s, light " + l + " s");
  }

  @Test
  void sideBySideEachFamilyHasTheWholeBudgetOnItsShareOfTheThreads() {
    RunOptions parallel = options(data(), "lanes").withBudget(Duration.ofSeconds(4)).withThreads(2).withFamiliesInParallel(true);
    RunResult r = run(parallel, new TestFamily.Baseline(), new TestFamily.UntilDeadline(), new TestFamily.DeepUntilDeadline()).result();
    double classical = total(r.model("until-deadline"));
    double deep = total(r.model("deep-until-deadline"));
    assertTrue(classical > 2.5, "classical ran for most of the budget: " + classical);
    assertTrue(deep > 2.5, "deep ran for most of the budget, at the same time: " + deep);
    assertTrue(r.elapsedSeconds() < 4.5, "the run kept its deadline: " + r.elapsedSeconds());
    assertEquals("true", r.provenance().options().get("familiesInParallel"));
    assertNotNull(r.saved(), "the candidates left the saved model's refit its reserve: " + r.warnings());
  }

  @Test
  void sideBySideGivesTheSameScoresAsOneAfterTheOther() {
    Trainer deepCentroid = new TestFamily.DeepCentroid("deep-centroid");
    Trainer[] trainers = {new TestFamily.Baseline(), new TestFamily.Centroid(), deepCentroid};
    RunOptions o = options(data(), "a").withThreads(2);
    RunResult side = run(o.withFamiliesInParallel(true), trainers).result();
    RunResult after = run(o.withFamiliesInParallel(false).withOut(dir.resolve("b"), false), trainers).result();
    for (String id : List.of("centroid", "deep-centroid", "baseline")) {
      assertEquals(after.model(id).mean(), side.model(id).mean(), id);
      assertEquals(after.model(id).folds().get(2).selectionScore(), side.model(id).folds().get(2).selectionScore(), id);
    }
    assertEquals(after.verdict().difference(), side.verdict().difference());
    assertEquals(after.models().size(), side.models().size());
  }

  @Test
  void curvesMeasureBothFamiliesOnNestedSizesAndReuseTheRunsScoresAtTheFullSize() throws IOException {
    Trainer deepCentroid = new TestFamily.DeepCentroid("deep-centroid");
    Path data = SyntheticData.write(dir, "many.csv", SyntheticData.classificationCsv(1200, 4));
    RunOptions o = options(data, "curves").withCurve(true).withThreads(2);
    CompletedRun run = run(o, new TestFamily.Baseline(), new TestFamily.Centroid(), deepCentroid);
    RunResult r = ResultJson.readRun(run.folder().resolve("result.json"));
    LearningCurves curves = r.curves();
    assertNotNull(curves);
    assertEquals(List.of("classical", "deep"), curves.families().stream().map(FamilyCurve::family).toList());
    FamilyCurve classical = curves.family("classical");
    assertEquals("centroid", classical.model());
    int foldRows = 1200 - 1200 / 5;
    List<Integer> sizes = classical.points().stream().map(CurvePoint::rows).toList();
    assertEquals(48, sizes.get(0), "from max(30, 5 × 2 classes, 5 % of " + foldRows + ") = 48 rows");
    assertEquals(8, sizes.size(), sizes.toString());
    assertEquals(foldRows, sizes.get(7));
    CurvePoint full = classical.points().get(7);
    assertTrue(full.fromRun());
    for (int f = 0; f < 5; f++) {
      assertEquals(r.model("centroid").folds().get(f).metrics().get("accuracy"), full.scores()[f]);
    }
    assertTrue(classical.points().get(0).complete());
    assertNotNull(curves.crossover().text());
    assertTrue(Files.readString(run.folder().resolve("summary.md")).contains("## Learning curves"));
    RunResult again = run(o.withOut(dir.resolve("curves2"), false), new TestFamily.Baseline(), new TestFamily.Centroid(),
        deepCentroid).result();
    for (int i = 0; i < 8; i++) {
      assertEquals(classical.points().get(i).mean(), again.curves().family("classical").points().get(i).mean(),
          "same seed, same curve at size " + sizes.get(i));
    }
  }

  /**
   * A learner its budget cuts at the full fold is cut at every size (its time allowance scales with it),
   * and the curve says so: it shows the learner at this budget, not trained to convergence.
   */
  @Test
  void aCurveOfFitsTheBudgetCutSaysSoAndCountsTheCutFits() {
    RunResult r = run(options(data(), "cut-curve").withBudget(Duration.ofSeconds(6)).withCurve(true),
        new TestFamily.Baseline(), new TestFamily.Centroid(), new TestFamily.DeepUntilDeadline()).result();
    FamilyCurve deep = r.curves().family("deep");
    assertEquals("deep-until-deadline", deep.model());
    CurvePoint full = deep.points().get(deep.points().size() - 1);
    assertTrue(full.fromRun());
    assertTrue(full.cutFits() > 0, "the run's own fits were cut: " + full);
    assertTrue(deep.points().stream().filter(p -> !p.fromRun()).allMatch(p -> p.cutFits() > 0),
        "each smaller size is cut too: " + deep.points());
    assertTrue(r.curves().skipped().stream().anyMatch(s -> s.startsWith("deep: ") && s.contains("cut by the run's budget")
        && s.contains("not trained to convergence")), r.curves().skipped().toString());
    assertTrue(r.curves().skipped().stream().noneMatch(s -> s.startsWith("classical: ") && s.contains("not trained")),
        "the centroid is not iterative: " + r.curves().skipped());
  }

  /** A deep learner whose fit takes 200 ms whatever its rows (as a net's minimum of steps per epoch does). */
  static final class FixedWork extends TestFamily.DeepCentroid {
    private final boolean saysSo;

    FixedWork(boolean saysSo) {
      super("fixed-work");
      this.saysSo = saysSo;
    }

    @Override
    public boolean iterative() {
      return true;
    }

    @Override
    public double relativeCost(int rows, int fullRows, int classes) {
      return saysSo ? 1 : super.relativeCost(rows, fullRows, classes);
    }

    @Override
    public dev.verdict.model.Model fit(dev.verdict.model.TrainingSet data, dev.verdict.model.TrainContext context) {
      long end = System.nanoTime() + 200_000_000L;
      while (System.nanoTime() < end && !context.deadline().passed()) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      boolean cut = System.nanoTime() < end;
      return new TestFamily.Reported((TestFamily.CentroidModel) super.fit(data, context),
          new dev.verdict.model.FitReport(cut, 1, cut ? "cut" : "done"));
    }
  }

  /** A curve's fit time follows the learner's relative cost, not the rows: small sizes are not cut when it says so. */
  @Test
  void curveFitsGetTheTimeTheLearnersRelativeCostAsksFor() {
    for (boolean saysSo : List.of(true, false)) {
      RunResult r = run(options(data(), "cost-" + saysSo).withFolds(3).withCurve(true), new TestFamily.Baseline(),
          new TestFamily.Centroid(), new FixedWork(saysSo)).result();
      List<CurvePoint> smaller = r.curves().family("deep").points().stream().filter(p -> !p.fromRun()).toList();
      int cut = smaller.stream().mapToInt(CurvePoint::cutFits).sum();
      if (saysSo) {
        assertEquals(0, cut, "each size gets the full fit's time: " + smaller);
      } else {
        assertTrue(cut > 0, "by rows, the small sizes get a fraction of 200 ms: " + smaller);
      }
    }
  }

  /** A deep learner that records, per fit, the size its settings were fixed for (0: its own size) and its rows. */
  static final class SizedSettings extends TestFamily.DeepCentroid {
    private final int settledFor;
    private final List<int[]> fits;

    SizedSettings(int settledFor, List<int[]> fits) {
      super("sized-settings");
      this.settledFor = settledFor;
      this.fits = fits;
    }

    @Override
    public Trainer withSettingsFor(int rows, int classes) {
      return new SizedSettings(rows, fits);
    }

    @Override
    public dev.verdict.model.Model fit(dev.verdict.model.TrainingSet data, dev.verdict.model.TrainContext context) {
      fits.add(new int[] {settledFor, data.x().rows()});
      return super.fit(data, context);
    }
  }

  /** Every size of a curve is trained with the settings of the full training fold, the run's own fits with their own. */
  @Test
  void curveFitsAreTrainedWithTheFullFoldsSettings() {
    List<int[]> fits = java.util.Collections.synchronizedList(new ArrayList<>());
    RunResult r = run(options(data(), "sized").withFolds(3).withCurve(true), new TestFamily.Baseline(),
        new TestFamily.Centroid(), new SizedSettings(0, fits)).result();
    List<CurvePoint> points = r.curves().family("deep").points();
    int full = points.get(points.size() - 1).rows();
    List<int[]> curve = fits.stream().filter(f -> f[0] != 0).toList();
    assertEquals((points.size() - 1) * 3, curve.size(), "one fit per smaller size and fold");
    assertTrue(curve.stream().allMatch(f -> f[0] == full && f[1] < full), "settings as for " + full + " rows");
    assertTrue(fits.stream().anyMatch(f -> f[0] == 0), "the run's own fits decide for themselves");
  }

  @Test
  void familiesGoSideBySideOnlyWhenEachCanHaveAThread() {
    RunOptions o = options(data(), "x");
    assertEquals(2, ExperimentRunner.lanes(o.withThreads(2), 2));
    assertEquals(1, ExperimentRunner.lanes(o.withThreads(1), 2));
    assertEquals(1, ExperimentRunner.lanes(o.withThreads(8), 1));
    assertEquals(1, ExperimentRunner.lanes(o.withThreads(8).withFamiliesInParallel(false), 2));
  }

  private static double total(ModelResult m) {
    return m.fitSeconds() + m.folds().stream().mapToDouble(f -> f.selectionSeconds()).sum();
  }

  @Test
  void budgetTooSmallForAnyModelIsBadInputAndLeavesNothing() throws IOException {
    RunOptions o = options(data(), "tiny").withBudget(Duration.ofSeconds(2));
    BadInputException e = assertThrows(BadInputException.class,
        () -> run(o, new TestFamily.Baseline(), new TestFamily.Slow("slow", 0, 30)));
    assertTrue(e.getMessage().contains("too small to fit any model"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("tiny")));
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".tiny")), "no staging folder left");
    }
  }

  @Test
  void failingModelIsReportedAndTheOthersStillRun() {
    RunResult r = run(options(data(), "fail"), new TestFamily.Baseline(), new TestFamily.Failing(),
        new TestFamily.Centroid()).result();
    assertEquals(ModelStatus.FAILED, r.model("failing").status());
    assertTrue(r.model("failing").note().contains("boom"));
    assertEquals("centroid", r.best());
  }

  @Test
  void existingOutputFolderNeedsForce() throws IOException {
    Path data = data();
    Files.createDirectories(dir.resolve("taken"));
    Files.writeString(dir.resolve("taken/keep.txt"), "x");
    BadInputException e = assertThrows(BadInputException.class, () -> run(options(data, "taken"), new TestFamily.Baseline()));
    assertTrue(e.getMessage().contains("--force"));
    CompletedRun forced = run(options(data, "taken").withOut(dir.resolve("taken"), true), new TestFamily.Baseline(),
        new TestFamily.Centroid());
    assertFalse(Files.exists(forced.folder().resolve("keep.txt")), "replaced whole");
    assertTrue(Files.exists(forced.folder().resolve("result.json")));
  }

  @Test
  void classSmallerThanFoldsIsBadInput() {
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 40; i++) {
      csv.append(i).append(',').append(i < 3 ? "rare" : "common").append('\n');
    }
    Path data = SyntheticData.write(dir, "rare.csv", csv.toString());
    BadInputException e = assertThrows(BadInputException.class,
        () -> run(RunOptions.defaults(data, "y").withOut(dir.resolve("x"), false), new TestFamily.Baseline()));
    assertTrue(e.getMessage().contains("class 'rare' has 3 rows, fewer than the 5 folds"), e.getMessage());
    assertTrue(e.getMessage().contains("--folds 3"), e.getMessage());
  }

  @Test
  void unknownModelIdIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> run(options(data(), "m").withModels(List.of("nope")), new TestFamily.Baseline(), new TestFamily.Centroid()));
    assertTrue(e.getMessage().contains("unknown model 'nope'"));
    assertTrue(e.getMessage().contains("centroid"));
  }
}
