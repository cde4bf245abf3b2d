package dev.verdict.run;

import dev.verdict.BadInputException;
import dev.verdict.compare.SelectedPipeline;
import dev.verdict.compare.VerdictMaker;
import dev.verdict.curve.CurveAnalysis;
import dev.verdict.curve.LearningCurves;
import dev.verdict.data.CsvTableReader;
import dev.verdict.data.Table;
import dev.verdict.eval.Metric;
import dev.verdict.model.Family;
import dev.verdict.model.Deadline;
import dev.verdict.model.ModelFamilies;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.TaskType;
import dev.verdict.model.Trainer;
import dev.verdict.pipeline.SavedPipeline;
import dev.verdict.prep.FeatureTable;
import dev.verdict.profile.DataProfile;
import dev.verdict.profile.ProfiledTable;
import dev.verdict.profile.Profiler;
import dev.verdict.report.LeaderboardCsv;
import dev.verdict.report.RunRenderer;
import dev.verdict.report.SummaryMarkdown;
import dev.verdict.result.FoldPlan;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.result.Provenance;
import dev.verdict.result.ProvenanceFactory;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import dev.verdict.result.SavedModel;
import dev.verdict.result.WinnerDiagnostics;
import dev.verdict.result.StartupTimes;
import dev.verdict.split.FoldSplitter;
import dev.verdict.split.Folds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs an experiment: reads and profiles the table, makes the folds once from the seed, fits every
 * candidate of every family on the same folds within one hard deadline, and writes the run folder
 * atomically. This is the orchestration behind both the command line and the Java API.
 */
public final class ExperimentRunner {
  /** Share of the budget kept for refitting the recommended model on all the data. */
  static final double REFIT_SHARE = 0.06;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());

  private final List<ModelFamily> families;

  /** A runner with every family found on the class path. */
  public ExperimentRunner() {
    this(ModelFamilies.discover());
  }

  public ExperimentRunner(List<ModelFamily> families) {
    this.families = List.copyOf(families);
  }

  public CompletedRun run(RunOptions options, RunListener listener) {
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    double jvmSeconds = Math.max(0, (startedAt.toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
    Deadline deadline = Deadline.in(options.budget());
    Path out = options.out() != null ? options.out() : defaultOut(options.data(), startedAt);
    if (Files.exists(out) && !options.force()) {
      throw new BadInputException(out + " already exists; choose another --out, or pass --force to replace it");
    }
    if (families.isEmpty()) {
      throw new IllegalStateException("no model family on the class path (expected verdict-classical)");
    }

    listener.stage("reading " + options.data());
    Table table = new CsvTableReader().read(options.data());
    listener.stage("profiling " + table.rowCount() + " rows × " + table.columnCount() + " columns");
    ProfiledTable profiled = new Profiler().profile(table, new Profiler.Options(options.target(), options.task(), options.lenient()));
    DataProfile profile = profiled.profile();
    FeatureTable data = profiled.features();
    TaskType task = data.task();
    checkFolds(table, options, data);
    Metric primary = primaryMetric(options, profile);
    String metricReason = metricReason(options, profile, primary);
    List<Trainer> trainers = selectTrainers(task, options.models());
    List<String> warnings = new ArrayList<>(profile.warnings());
    profile.warnings().forEach(listener::warning);

    int[] labels = task == TaskType.CLASSIFICATION ? data.labels() : null;
    Folds folds = FoldSplitter.repeated(seed -> task == TaskType.CLASSIFICATION
        ? FoldSplitter.stratified(labels, data.classCount(), options.folds(), seed)
        : FoldSplitter.plain(data.rows(), options.folds(), seed), options.seed(), options.repeats());

    try (RunFolder folder = RunFolder.prepare(out, options.force())) {
      Map<String, Double> engineStarts = new LinkedHashMap<>();
      Fitted fitted = fitAll(trainers, data, folds, options, deadline, listener, primary, engineStarts, warnings);
      List<ModelResult> results = fitted.results();
      checkSomethingFitted(results, options, data);
      List<ModelResult> ranked = rank(results, primary);
      String best = ranked.stream().filter(m -> !m.baseline() && m.status().ranked()).map(ModelResult::id).findFirst().orElse(null);
      for (ModelResult m : ranked) {
        if (m.status() != ModelStatus.COMPLETE && !m.note().isEmpty()) {
          warnings.add(m.id() + ": " + m.note());
        }
      }
      FoldPlan plan = foldPlan(folds, fitted.cvPlan());
      VerdictMaker.Comparison comparison = VerdictMaker.compare(ranked, primary, plan, profile.advice());
      Provenance provenance =
          ProvenanceFactory.create(families, options.data().toString(), table.sha256(), options.seed(), options.toMap(), startedAt);
      LearningCurves curves = options.curve()
          ? measureCurves(trainers, ranked, comparison, fitted.abandoned(), data, folds, options, deadline, primary, listener)
          : null;
      SavedModel saved = options.saveModel()
          ? saveWinner(trainers, comparison, best, fitted.abandoned(), data, options, deadline, provenance, folder.staging(), listener, warnings)
          : null;
      RunResult result = new RunResult(RunResult.SCHEMA_VERSION, provenance,
          profile, task.label(), data.classNames() == null ? null : List.of(data.classNames()),
          primary.key(), metricReason, Metric.forTask(task).stream().map(Metric::key).toList(),
          plan, ranked, best, comparison.selected(), comparison.verdict(), saved, curves,
          diagnostics(ranked, trainers, comparison, best, data), List.copyOf(warnings),
          options.budget().toMillis() / 1000.0, (System.nanoTime() - t0) / 1e9, new StartupTimes(jvmSeconds, engineStarts));
      write(folder.staging(), result, listener);
      Path committed = folder.commit();
      return new CompletedRun(result, committed);
    }
  }

  /**
   * Measures each family's learning curve (its selected pipeline's most chosen candidate) in the time
   * {@link #fitAll} kept for it, side by side like the families' fits when they ran side by side, and
   * analyses the curves.
   */
  private LearningCurves measureCurves(List<Trainer> trainers, List<ModelResult> ranked, VerdictMaker.Comparison comparison,
      boolean abandoned, FeatureTable data, Folds folds, RunOptions options, Deadline deadline, Metric primary,
      RunListener listener) {
    long t0 = System.nanoTime();
    Deadline curvesEnd = deadline.atMost(Math.max(0, deadline.secondsLeft() - reserveSeconds(options, false)));
    List<String> skipped = new ArrayList<>();
    record Job(String family, Trainer trainer, ModelResult run) {}
    List<Job> jobs = new ArrayList<>();
    for (SelectedPipeline pipeline : comparison.selected()) {
      Trainer trainer = trainers.stream().filter(t -> t.id().equals(pipeline.mostChosen())).findFirst().orElse(null);
      ModelResult run = ranked.stream().filter(m -> m.id().equals(pipeline.mostChosen())).findFirst().orElse(null);
      if (trainer != null && run != null && run.folds().size() == folds.count()) {
        jobs.add(new Job(pipeline.family(), trainer, run));
      }
    }
    if (jobs.isEmpty() || abandoned) {
      skipped.add(abandoned ? "not measured: a fit that overran the deadline is still running"
          : "not measured: no family has a complete pipeline");
      return CurveAnalysis.analyze(primary, data.rows(), List.of(), options.seed(), skipped, 0);
    }
    CurveRunner runner = new CurveRunner(data, folds, options, primary, RunListener.serialized(listener));
    List<CurveAnalysis.Measured> measured = new ArrayList<>();
    List<List<String>> skippedPerJob = new ArrayList<>();
    jobs.forEach(j -> skippedPerJob.add(new ArrayList<>()));
    int lanes = lanes(options, jobs.size());
    if (lanes == 1) {
      for (int i = 0; i < jobs.size(); i++) {
        Job job = jobs.get(i);
        Deadline share = curvesEnd.atMost(curvesEnd.secondsLeft() / (jobs.size() - i));
        measured.add(runner.measure(job.family(), job.trainer(), job.run(), options.threads(), share, skippedPerJob.get(i)));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(jobs.size(), Thread.ofPlatform().name("verdict-curve-", 1).daemon().factory());
      try {
        List<Future<CurveAnalysis.Measured>> futures = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
          Job job = jobs.get(i);
          int threads = options.threads() / lanes + (i < options.threads() % lanes ? 1 : 0);
          List<String> out = skippedPerJob.get(i);
          futures.add(pool.submit(() -> runner.measure(job.family(), job.trainer(), job.run(), threads, curvesEnd, out)));
        }
        futures.forEach(f -> measured.add(await(f)));
      } finally {
        pool.shutdownNow();
      }
    }
    skippedPerJob.forEach(skipped::addAll);
    double seconds = (System.nanoTime() - t0) / 1e9;
    listener.stage("fitting the learning curves");
    return CurveAnalysis.analyze(primary, data.rows(), measured,
        Seeds.derive(options.seed(), "curve-bootstrap", 0), skipped, seconds);
  }

  /**
   * The recommended model's out-of-fold errors: the model that is (or would be) saved, else the best
   * cross-validated one.
   */
  static WinnerDiagnostics diagnostics(List<ModelResult> ranked, List<Trainer> trainers, VerdictMaker.Comparison comparison,
      String best, FeatureTable data) {
    WinnerRefit.Choice choice = WinnerRefit.choose(trainers, comparison, best);
    String id = choice != null ? choice.trainer().id() : best;
    ModelResult model = id == null ? null : ranked.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    if (model == null || model.outOfFold() == null) {
      return null;
    }
    String[] predicted = model.outOfFold().predicted();
    double[] actual = data.target();
    if (data.task() == TaskType.CLASSIFICATION) {
      List<String> classes = List.of(data.classNames());
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < classes.size(); c++) {
        index.put(classes.get(c), c);
      }
      long[][] confusion = new long[classes.size()][classes.size()];
      for (int i = 0; i < predicted.length; i++) {
        Integer p = predicted[i] == null ? null : index.get(predicted[i]);
        if (p != null) {
          confusion[(int) actual[i]][p]++;
        }
      }
      return new WinnerDiagnostics(id, classes, confusion, null);
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] != null) {
        pairs.add(new double[] {actual[i], Double.parseDouble(predicted[i])});
      }
    }
    int keep = Math.min(pairs.size(), WinnerDiagnostics.MAX_POINTS);
    double[][] points = new double[keep][];
    for (int i = 0; i < keep; i++) {
      points[i] = pairs.get((int) ((long) i * pairs.size() / keep));
    }
    return new WinnerDiagnostics(id, null, null, points);
  }

  /** Refits the model to deploy on all the data and saves it; a failure is a warning, not a failed run. */
  private static SavedModel saveWinner(List<Trainer> trainers, VerdictMaker.Comparison comparison, String best,
      boolean abandoned, FeatureTable data, RunOptions options, Deadline deadline, Provenance provenance, Path staging,
      RunListener listener, List<String> warnings) {
    WinnerRefit.Choice choice = WinnerRefit.choose(trainers, comparison, best);
    if (choice == null) {
      return null;
    }
    String id = choice.trainer().id();
    if (abandoned || deadline.passed()) {
      String warning = id + " was not refitted and saved: " + (abandoned
          ? "a fit that overran the deadline is still running" : "no time was left in the budget")
          + "; give a larger --budget";
      warn(warning, warnings, listener);
      return null;
    }
    listener.stage(String.format(Locale.ROOT, "refitting %s on all %,d rows to save it", id, data.rows()));
    try {
      SavedModel saved = WinnerRefit.refit(choice, data, options, deadline, provenance, staging);
      if (saved.cut()) {
        String warning = id + " was saved, but the budget's end cut its final fit short (" + saved.detail()
            + "); give a larger --budget for a full-size model";
        warn(warning, warnings, listener);
      }
      return saved;
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      // the cross-validated results stand on their own: report the failure and keep them
      RunFolder.deleteTree(staging.resolve(SavedPipeline.FOLDER));
      String warning = id + " was not saved: " + (e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()));
      warn(warning, warnings, listener);
      return null;
    }
  }

  /**
   * Writes result.json, leaderboard.csv, summary.md and what each {@link RunRenderer} on the class
   * path renders (the HTML report) into {@code dir}. A renderer that fails leaves its file out with a
   * warning on the console: the results stand without it, and {@code verdict report} can retry.
   */
  static void write(Path dir, RunResult result, RunListener listener) {
    ResultJson.write(dir.resolve("result.json"), result);
    try {
      Files.writeString(dir.resolve("leaderboard.csv"), LeaderboardCsv.render(result), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.md"), SummaryMarkdown.render(result), StandardCharsets.UTF_8);
      for (RunRenderer renderer : RunRenderer.discover()) {
        String text;
        try {
          text = renderer.render(result);
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
          // a machine that cannot draw (no fonts, no AWT) must not cost the run its results
          listener.warning(renderer.fileName() + " was not written: " + e + " (please report it)");
          continue;
        }
        Files.writeString(dir.resolve(renderer.fileName()), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run folder " + dir, e);
    }
  }

  private static Path defaultOut(Path data, Instant startedAt) {
    String stem = data.getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    Path base = Path.of("runs", stem + "-" + STAMP.format(startedAt));
    Path candidate = base;
    for (int i = 2; Files.exists(candidate); i++) {
      candidate = Path.of(base + "-" + i);
    }
    return candidate;
  }

  private static void checkFolds(Table table, RunOptions options, FeatureTable data) {
    if (data.rows() < options.folds() * 2) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s: %d rows with a target are too few for %d folds; use --folds %d or fewer, or more data",
          table.source(), data.rows(), options.folds(), Math.max(2, data.rows() / 2)));
    }
    if (data.task() != TaskType.CLASSIFICATION) {
      return;
    }
    int[] counts = new int[data.classCount()];
    for (int label : data.labels()) {
      counts[label]++;
    }
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] < options.folds()) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s target '%s': class '%s' has %d row%s, fewer than the %d folds; use --folds %d or fewer, or merge or drop that class",
            table.source(), options.target(), data.classNames()[c], counts[c], counts[c] == 1 ? "" : "s",
            options.folds(), Math.max(2, counts[c])));
      }
    }
  }

  private static Metric primaryMetric(RunOptions options, DataProfile profile) {
    TaskType task = profile.target().task();
    if (options.metric() != null) {
      if (options.metric().task() != task) {
        throw new BadInputException("--metric " + options.metric().key() + " is for " + options.metric().task().label()
            + ", but target '" + options.target() + "' is a " + task.label() + " task; use one of "
            + String.join(", ", Metric.forTask(task).stream().map(Metric::key).toList()));
      }
      return options.metric();
    }
    if (task == TaskType.REGRESSION) {
      return Metric.RMSE;
    }
    return profile.target().strongImbalance() ? Metric.MACRO_F1 : Metric.ACCURACY;
  }

  private static String metricReason(RunOptions options, DataProfile profile, Metric primary) {
    if (options.metric() != null) {
      return "chosen with --metric";
    }
    if (primary == Metric.RMSE) {
      return "regression: root mean squared error, in the target's units";
    }
    double ratio = profile.target().imbalanceRatio();
    return primary == Metric.MACRO_F1
        ? String.format(Locale.ROOT, "classes are strongly imbalanced (smallest/largest = %.2f), so every class counts equally", ratio)
        : String.format(Locale.ROOT, "classes are reasonably balanced (smallest/largest = %.2f)", ratio);
  }

  private List<Trainer> selectTrainers(TaskType task, List<String> wanted) {
    List<Trainer> all = new ArrayList<>();
    for (ModelFamily f : families) {
      all.addAll(f.trainers(task));
    }
    if (!wanted.isEmpty()) {
      Set<String> known = new TreeSet<>();
      all.forEach(t -> known.add(t.id()));
      for (String id : wanted) {
        if (!known.contains(id)) {
          throw new BadInputException("unknown model '" + id + "' in --models; known for " + task.label() + ": "
              + String.join(", ", known));
        }
      }
      all = all.stream().filter(t -> t.isBaseline() || wanted.contains(t.id())).toList();
    }
    // the baseline first: it is instant and every other model is read against it
    List<Trainer> ordered = new ArrayList<>(all);
    ordered.sort(Comparator.comparing(t -> !t.isBaseline()));
    return ordered;
  }

  /**
   * Every candidate's result, whether a fit overran the deadline and was abandoned (still running), and
   * how the cross-validation fits were made.
   */
  private record Fitted(List<ModelResult> results, boolean abandoned, CvPlan cvPlan) {}

  /**
   * Fits every trainer, the baselines first. The budget is split fairly between the families: side by
   * side ({@link #lanes}), each family has the whole budget on its share of the threads; one after
   * the other, each family gets an equal part of the time left when it starts (so what one family
   * leaves unused goes to the next). Inside a family each model gets an equal part of what its family
   * has left.
   */
  private Fitted fitAll(List<Trainer> trainers, FeatureTable data, Folds folds, RunOptions options,
      Deadline deadline, RunListener listener, Metric primary, Map<String, Double> engineStarts, List<String> warnings) {
    double budget = options.budget().toMillis() / 1000.0;
    double reserve = reserveSeconds(options, options.curve());
    Map<Family, List<Trainer>> byFamily = new LinkedHashMap<>();
    for (Trainer t : trainers) {
      if (!t.isBaseline()) {
        byFamily.computeIfAbsent(t.family(), f -> new ArrayList<>()).add(t);
      }
    }
    List<ModelResult> results = new ArrayList<>();
    List<ExecutorService> executors = new ArrayList<>();
    // the candidates' fits end here, so the reserve for the saved model's refit is never eaten up
    Deadline fitsEnd = deadline.atMost(Math.max(0, deadline.secondsLeft() - reserve));
    int lanes = lanes(options, byFamily.size());
    CvPlan cvPlan = CvPlan.choose(byFamily, data, folds, primary,
        fitsEnd.secondsLeft() / (lanes == 1 ? Math.max(1, byFamily.size()) : 1), lanes > 1);
    try {
      FoldRunner first = new FoldRunner(data, folds, options, options.threads(), cvPlan, fitsEnd, deadline, listener,
          fitThread(executors, "fit"), primary);
      for (Trainer baseline : trainers.stream().filter(Trainer::isBaseline).toList()) {
        ModelResult result = first.run(baseline, fitsEnd.secondsLeft());
        results.add(result);
        listener.modelFinished(result);
      }
      if (lanes == 1) {
        int familiesLeft = byFamily.size();
        for (Map.Entry<Family, List<Trainer>> entry : byFamily.entrySet()) {
          startEngines(entry.getKey(), options.threads(), listener, engineStarts, warnings);
          double familyShare = fitsEnd.secondsLeft() / familiesLeft--;
          results.addAll(runFamily(entry.getValue(), first, familyShare, fitsEnd, listener));
        }
        return new Fitted(results, first.abandoned(), cvPlan);
      }
      // side by side: each family on its share of the threads for the whole budget; the thread
      // counts are fixed up front so a family's results never depend on when the other finishes
      RunListener shared = RunListener.serialized(listener);
      List<Map.Entry<Family, List<Trainer>>> entries = new ArrayList<>(byFamily.entrySet());
      List<FoldRunner> runners = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        int threads = options.threads() / lanes + (i < options.threads() % lanes ? 1 : 0);
        startEngines(entries.get(i).getKey(), threads, listener, engineStarts, warnings);
        runners.add(new FoldRunner(data, folds, options, threads, cvPlan, fitsEnd, deadline, shared,
            fitThread(executors, entries.get(i).getKey().label()), primary));
      }
      double familyTime = fitsEnd.secondsLeft();
      ExecutorService laneThreads = Executors.newFixedThreadPool(entries.size(), Thread.ofPlatform().name("verdict-lane-", 1).daemon().factory());
      executors.add(laneThreads);
      List<Future<List<ModelResult>>> lanesDone = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        List<Trainer> family = entries.get(i).getValue();
        FoldRunner runner = runners.get(i);
        lanesDone.add(laneThreads.submit(() -> runFamily(family, runner, familyTime, fitsEnd, shared)));
      }
      boolean abandoned = false;
      for (int i = 0; i < lanesDone.size(); i++) {
        results.addAll(await(lanesDone.get(i)));
        abandoned |= runners.get(i).abandoned();
      }
      return new Fitted(results, abandoned, cvPlan);
    } finally {
      executors.forEach(ExecutorService::shutdownNow);
    }
  }

  /**
   * Seconds kept at the budget's end: a margin, the saved model's refit and, when {@code curves}, the
   * learning curves' share ({@link RunOptions#CURVE_SHARE}).
   */
  static double reserveSeconds(RunOptions options, boolean curves) {
    double budget = options.budget().toMillis() / 1000.0;
    return Math.max(0.2, Math.min(2.0, 0.03 * budget)) + (options.saveModel() ? REFIT_SHARE * budget : 0)
        + (curves ? RunOptions.CURVE_SHARE * budget : 0);
  }

  /** How many families are fitted at once: all of them when asked and each can have a thread, else one. */
  static int lanes(RunOptions options, int families) {
    return options.familiesInParallel() && families > 1 && options.threads() >= families ? families : 1;
  }

  /**
   * A family's candidates one after the other, sharing {@code familyShare} seconds as they go. Those that
   * finish on their own and have a cost estimate are admitted up front by {@link FamilyPlan} (cheapest
   * first, within their part of the family's time) and given their predicted time; every other
   * candidate gets its {@link Trainer#shareWeight() weight}'s part of what is left, so time one leaves
   * unused goes to those after it.
   */
  private static List<ModelResult> runFamily(List<Trainer> family, FoldRunner runner, double familyShare,
      Deadline fitsEnd, RunListener listener) {
    Deadline familyDeadline = Deadline.none().atMost(familyShare);
    Function<Trainer, OptionalDouble> predicted = runner::predictedSeconds;
    FamilyPlan plan = FamilyPlan.of(family, predicted, familyShare);
    List<ModelResult> results = new ArrayList<>();
    double weightLeft = family.stream().filter(t -> !plan.unaffordable().containsKey(t)).mapToDouble(FamilyPlan::weight).sum();
    for (Trainer trainer : family) {
      if (plan.unaffordable().containsKey(trainer) && !runner.abandoned()) {
        ModelResult result = runner.skipped(trainer, String.format(Locale.ROOT,
            "skipped: its smallest useful model in every fold is predicted to take %s, over the %s share it would have;"
                + " the family's other models that grow with time get it",
            seconds(predicted.apply(trainer).getAsDouble()), seconds(plan.unaffordable().get(trainer))));
        results.add(result);
        listener.modelFinished(result);
        continue;
      }
      double weight = FamilyPlan.weight(trainer);
      double share = runner.abandoned() || weightLeft <= 0 ? 0 : familyDeadline.secondsLeft() * weight / weightLeft;
      weightLeft -= weight;
      ModelResult result;
      if (runner.abandoned()) {
        // a fit overran the hard deadline and still occupies its thread: nothing more can run
        result = runner.skipped(trainer, "not started: a fit that overran the deadline still holds its thread");
      } else if (plan.planned(trainer, predicted) && !plan.admitted().containsKey(trainer)) {
        result = runner.skipped(trainer, String.format(Locale.ROOT,
            "skipped: predicted %s for its folds exceeds what is left of the %s its family keeps for the models that"
                + " finish on their own (the cheapest go first)",
            seconds(predicted.apply(trainer).getAsDouble()), seconds(plan.poolSeconds())));
      } else {
        double planned = plan.admitted().getOrDefault(trainer, 0.0);
        result = runner.run(trainer, Math.min(Math.max(share, planned), fitsEnd.secondsLeft()));
      }
      results.add(result);
      listener.modelFinished(result);
    }
    return results;
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A single daemon thread for fits (abandoned on a hard overrun), remembered for shutdown. */
  private static ExecutorService fitThread(List<ExecutorService> executors, String name) {
    ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("verdict-" + name).daemon().factory());
    executors.add(executor);
    return executor;
  }

  /** A warning for the user now (on the console) and in the result. */
  private static void warn(String warning, List<String> warnings, RunListener listener) {
    warnings.add(warning);
    listener.warning(warning);
  }

  /** Starts the engines of a family's providers, timing each (a failure is left to the fits to report). */
  private void startEngines(Family family, int threads, RunListener listener, Map<String, Double> engineStarts,
      List<String> warnings) {
    for (ModelFamily provider : families) {
      if (provider.family() != family) {
        continue;
      }
      long s0 = System.nanoTime();
      try {
        provider.start(threads);
      } catch (RuntimeException | LinkageError e) {
        String warning = "the " + provider.id() + " family's engine did not start: " + firstLine(String.valueOf(e.getMessage()));
        warn(warning, warnings, listener);
      }
      double seconds = (System.nanoTime() - s0) / 1e9;
      if (seconds >= 0.01) {
        engineStarts.put(provider.id(), seconds);
      }
    }
  }

  private static void checkSomethingFitted(List<ModelResult> results, RunOptions options, FeatureTable data) {
    boolean anyRanked = results.stream().anyMatch(m -> !m.baseline() && m.status().ranked());
    boolean anyBudget = results.stream().anyMatch(m -> !m.baseline()
        && (m.status() == ModelStatus.SKIPPED || m.status() == ModelStatus.INCOMPLETE));
    if (!anyRanked && anyBudget) {
      String first = results.stream().filter(m -> !m.baseline() && !m.status().ranked()).map(m -> m.id() + " " + m.note())
          .findFirst().orElse("");
      throw new BadInputException(String.format(Locale.ROOT,
          "--budget %s is too small to fit any model on %,d rows × %d features (%s); give a larger --budget, e.g. %s",
          Budgets.format(options.budget()), data.rows(), data.features().size(), first,
          Budgets.format(options.budget().multipliedBy(10).compareTo(java.time.Duration.ofSeconds(30)) < 0
              ? java.time.Duration.ofSeconds(30) : options.budget().multipliedBy(10))));
    }
  }

  static List<ModelResult> rank(List<ModelResult> results, Metric primary) {
    Comparator<ModelResult> byScore = Comparator.comparingDouble(m -> {
      double v = m.meanOf(primary.key());
      if (Double.isNaN(v)) {
        return Double.POSITIVE_INFINITY;
      }
      return primary.higherIsBetter() ? -v : v;
    });
    List<ModelResult> ranked = new ArrayList<>(results);
    ranked.sort(Comparator.<ModelResult>comparingInt(m -> m.status().ranked() ? 0 : 1 + m.status().ordinal())
        .thenComparing(byScore)
        .thenComparingDouble(ModelResult::fitSeconds));
    return List.copyOf(ranked);
  }

  private static FoldPlan foldPlan(Folds folds, CvPlan cvPlan) {
    int[] foldOfRow = new int[folds.rows()];
    for (int f = 0; f < folds.perRepeat(); f++) {
      for (int r : folds.test(f)) {
        foldOfRow[r] = f;
      }
    }
    return new FoldPlan(folds.perRepeat(), folds.repeats(), folds.stratified(), folds.seed(), folds.sizes(), foldOfRow,
        cvPlan.innerFolds(), cvPlan.probabilities());
  }

  static String seconds(double s) {
    return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : String.format(Locale.ROOT, "%.0f s", s);
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
