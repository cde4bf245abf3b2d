package dev.verdict.run;

import dev.verdict.BadInputException;
import dev.verdict.compare.VerdictMaker;
import dev.verdict.data.CsvTableReader;
import dev.verdict.data.Table;
import dev.verdict.eval.Evaluator;
import dev.verdict.eval.Metric;
import dev.verdict.eval.Metrics;
import dev.verdict.model.DataShape;
import dev.verdict.model.Family;
import dev.verdict.model.Deadline;
import dev.verdict.model.Matrix;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamilies;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.Predictions;
import dev.verdict.model.TaskType;
import dev.verdict.model.TrainContext;
import dev.verdict.model.Trainer;
import dev.verdict.model.TrainingSet;
import dev.verdict.pipeline.SavedPipeline;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.profile.DataProfile;
import dev.verdict.profile.ProfiledTable;
import dev.verdict.profile.Profiler;
import dev.verdict.report.LeaderboardCsv;
import dev.verdict.report.SummaryMarkdown;
import dev.verdict.result.FoldPlan;
import dev.verdict.result.FoldScore;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.result.OutOfFold;
import dev.verdict.result.Provenance;
import dev.verdict.result.ProvenanceFactory;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import dev.verdict.result.SavedModel;
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
import java.util.Arrays;
import java.util.Comparator;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an experiment: reads and profiles the table, makes the folds once from the seed, fits every
 * candidate of every family on the same folds within one hard deadline, and writes the run folder
 * atomically. This is the orchestration behind both the command line and the Java API.
 */
public final class ExperimentRunner {
  /** Share of a fold's training rows held out to select each family's pipeline (large folds). */
  static final double SELECTION_HOLDOUT = 0.2;
  /** Training folds up to this many rows select each family's pipeline by inner k-fold instead. */
  static final int INNER_CV_MAX_ROWS = 2500;
  /** Inner folds for pipeline selection on small training folds. */
  static final int INNER_FOLDS = 3;
  /** Share of an iterative model's fold allowance given to its selection fits. */
  static final double SELECTION_SHARE_OF_FOLD = 0.4;
  static final double SELECTION_SHARE_OF_FOLD_INNER_CV = 0.55;
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
      FoldPlan plan = foldPlan(folds);
      VerdictMaker.Comparison comparison = VerdictMaker.compare(ranked, primary, plan, profile.advice());
      Provenance provenance =
          ProvenanceFactory.create(families, options.data().toString(), table.sha256(), options.seed(), options.toMap(), startedAt);
      SavedModel saved = options.saveModel()
          ? saveWinner(trainers, comparison, best, fitted.abandoned(), data, options, deadline, provenance, folder.staging(), listener, warnings)
          : null;
      RunResult result = new RunResult(RunResult.SCHEMA_VERSION, provenance,
          profile, task.label(), data.classNames() == null ? null : List.of(data.classNames()),
          primary.key(), metricReason, Metric.forTask(task).stream().map(Metric::key).toList(),
          plan, ranked, best, comparison.selected(), comparison.verdict(), saved, List.copyOf(warnings),
          options.budget().toMillis() / 1000.0, (System.nanoTime() - t0) / 1e9, new StartupTimes(jvmSeconds, engineStarts));
      write(folder.staging(), result);
      Path committed = folder.commit();
      return new CompletedRun(result, committed);
    }
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
      warnings.add(warning);
      listener.warning(warning);
      return null;
    }
    listener.stage(String.format(Locale.ROOT, "refitting %s on all %,d rows to save it", id, data.rows()));
    try {
      SavedModel saved = WinnerRefit.refit(choice, data, options, deadline, provenance, staging);
      if (saved.cut()) {
        String warning = id + " was saved, but the budget's end cut its final fit short (" + saved.detail()
            + "); give a larger --budget for a full-size model";
        warnings.add(warning);
        listener.warning(warning);
      }
      return saved;
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      // the cross-validated results stand on their own: report the failure and keep them
      RunFolder.deleteTree(staging.resolve(SavedPipeline.FOLDER));
      String warning = id + " was not saved: " + (e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()));
      warnings.add(warning);
      listener.warning(warning);
      return null;
    }
  }

  /** Writes result.json, leaderboard.csv and summary.md into {@code dir}. */
  static void write(Path dir, RunResult result) {
    ResultJson.write(dir.resolve("result.json"), result);
    try {
      Files.writeString(dir.resolve("leaderboard.csv"), LeaderboardCsv.render(result), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.md"), SummaryMarkdown.render(result), StandardCharsets.UTF_8);
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

  /** Every candidate's result, and whether a fit overran the deadline and was abandoned (still running). */
  private record Fitted(List<ModelResult> results, boolean abandoned) {}

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
    double reserve = Math.max(0.2, Math.min(2.0, 0.03 * budget)) + (options.saveModel() ? REFIT_SHARE * budget : 0);
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
    try {
      FoldRunner first = new FoldRunner(data, folds, options, options.threads(), fitsEnd, deadline, listener,
          fitThread(executors, "fit"), primary);
      for (Trainer baseline : trainers.stream().filter(Trainer::isBaseline).toList()) {
        ModelResult result = first.run(baseline, fitsEnd.secondsLeft());
        results.add(result);
        listener.modelFinished(result);
      }
      int lanes = lanes(options, byFamily.size());
      if (lanes == 1) {
        int familiesLeft = byFamily.size();
        for (Map.Entry<Family, List<Trainer>> entry : byFamily.entrySet()) {
          startEngines(entry.getKey(), options.threads(), listener, engineStarts, warnings);
          double familyShare = fitsEnd.secondsLeft() / familiesLeft--;
          results.addAll(runFamily(entry.getValue(), first, familyShare, fitsEnd, listener));
        }
        return new Fitted(results, first.abandoned);
      }
      // side by side: each family on its share of the threads for the whole budget; the thread
      // counts are fixed up front so a family's results never depend on when the other finishes
      RunListener shared = RunListener.serialized(listener);
      List<Map.Entry<Family, List<Trainer>>> entries = new ArrayList<>(byFamily.entrySet());
      List<FoldRunner> runners = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        int threads = options.threads() / lanes + (i < options.threads() % lanes ? 1 : 0);
        startEngines(entries.get(i).getKey(), threads, listener, engineStarts, warnings);
        runners.add(new FoldRunner(data, folds, options, threads, fitsEnd, deadline, shared,
            fitThread(executors, entries.get(i).getKey().label()), primary));
      }
      double familyTime = fitsEnd.secondsLeft();
      ExecutorService laneThreads = Executors.newFixedThreadPool(entries.size(), daemon("verdict-lane"));
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
        abandoned |= runners.get(i).abandoned;
      }
      return new Fitted(results, abandoned);
    } finally {
      executors.forEach(ExecutorService::shutdownNow);
    }
  }

  /** How many families are fitted at once: all of them when asked and each can have a thread, else one. */
  static int lanes(RunOptions options, int families) {
    return options.familiesInParallel() && families > 1 && options.threads() >= families ? families : 1;
  }

  /** A family's candidates one after the other, sharing {@code familyShare} seconds as they go. */
  private static List<ModelResult> runFamily(List<Trainer> family, FoldRunner runner, double familyShare,
      Deadline fitsEnd, RunListener listener) {
    Deadline familyDeadline = Deadline.none().atMost(familyShare);
    List<ModelResult> results = new ArrayList<>();
    int left = family.size();
    for (Trainer trainer : family) {
      double share = runner.abandoned ? 0 : familyDeadline.secondsLeft() / left--;
      ModelResult result = runner.abandoned
          // a fit overran the hard deadline and still occupies its thread: nothing more can run
          ? runner.skipped(trainer, "not started: a fit that overran the deadline still holds its thread")
          : runner.run(trainer, Math.min(share, fitsEnd.secondsLeft()));
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
    ExecutorService executor = Executors.newSingleThreadExecutor(daemon("verdict-" + name));
    executors.add(executor);
    return executor;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
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
        warnings.add(warning);
        listener.warning(warning);
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

  private static FoldPlan foldPlan(Folds folds) {
    int[] foldOfRow = new int[folds.rows()];
    for (int f = 0; f < folds.perRepeat(); f++) {
      for (int r : folds.test(f)) {
        foldOfRow[r] = f;
      }
    }
    return new FoldPlan(folds.perRepeat(), folds.repeats(), folds.stratified(), folds.seed(), folds.sizes(), foldOfRow);
  }

  /** Fits one trainer fold by fold within its share of the budget. */
  private static final class FoldRunner {
    private final FeatureTable data;
    private final Folds folds;
    private final RunOptions options;
    /** When the candidates' fits must end: the run's deadline less the saved model's reserve. */
    private final Deadline deadline;
    /** The run's deadline: a fit still running a second after it is abandoned. */
    private final Deadline hardDeadline;
    private final RunListener listener;
    private final ExecutorService executor;
    private final Evaluator evaluator;
    private final List<Metric> metrics;
    private final Metric primary;
    private final int threads;
    private volatile boolean abandoned;

    FoldRunner(FeatureTable data, Folds folds, RunOptions options, int threads, Deadline deadline, Deadline hardDeadline,
        RunListener listener, ExecutorService executor, Metric primary) {
      this.hardDeadline = hardDeadline;
      this.primary = primary;
      this.threads = threads;
      this.data = data;
      this.folds = folds;
      this.options = options;
      this.deadline = deadline;
      this.listener = listener;
      this.executor = executor;
      this.evaluator = new Evaluator(data.task(), data.classCount());
      this.metrics = Metric.forTask(data.task());
    }

    ModelResult run(Trainer trainer, double share) {
      int k = folds.count();
      if (deadline.passed()) {
        return skipped(trainer, "not started: the budget's time for fitting was spent");
      }
      int trainRows = data.rows() - folds.test(0).length;
      DataShape shape = new DataShape(trainRows, data.features().size(), data.classCount(), data.task());
      OptionalDouble estimate = trainer.estimateSeconds(shape);
      // each fold also pays for the fits that select the family's pipeline, on fewer rows each
      DataShape innerShape = new DataShape(selectionRows(trainRows), data.features().size(), data.classCount(), data.task());
      double predictedCost = estimate.isPresent()
          ? k * (estimate.getAsDouble() + innerFolds(trainRows) * trainer.estimateSeconds(innerShape).orElse(estimate.getAsDouble()))
          : 0;
      if (!trainer.isBaseline() && estimate.isPresent() && predictedCost > share) {
        return skipped(trainer, String.format(Locale.ROOT,
            "skipped: predicted %s for %d folds on %,d training rows exceeds its %s share of the budget",
            seconds(predictedCost), k, trainRows, seconds(share)));
      }
      listener.modelStarted(trainer.id(), trainer.displayName(), k, share);
      List<FoldScore> scores = new ArrayList<>();
      String[] predicted = new String[data.rows()];
      double[][] probabilities = null;
      long sizeSum = 0;
      double predictSeconds = 0;
      int predictedRows = 0;
      String note = "";
      ModelStatus status = ModelStatus.COMPLETE;
      long start = System.nanoTime();
      for (int j = 0; j < k; j++) {
        double spent = (System.nanoTime() - start) / 1e9;
        double left = share - spent;
        if (deadline.passed()) {
          status = ModelStatus.INCOMPLETE;
          note = String.format(Locale.ROOT, "stopped after %d of %d folds: the budget's time for fitting was spent", j, k);
          break;
        }
        if (j == 1 && !trainer.iterative() && !trainer.isBaseline()) {
          double first = scores.get(0).fitSeconds() + scores.get(0).selectionSeconds();
          double projected = first * (k - 1);
          if (projected > Math.max(1.5 * left, 1.0)) {
            status = ModelStatus.INCOMPLETE;
            note = String.format(Locale.ROOT,
                "stopped after fold 1: it took %s, so %d more folds would need about %s, over the %s left of its share",
                seconds(first), k - 1, seconds(projected), seconds(Math.max(0, left)));
            break;
          }
        }
        if (j > 0 && !trainer.isBaseline()) {
          // a fold does at least one round, forest or epoch per fit even when its share is tiny: one
          // that cannot end in the time left would run into the saved model's reserve
          FoldScore last = scores.get(j - 1);
          double lastSeconds = last.fitSeconds() + last.selectionSeconds() + last.predictSeconds();
          if (deadline.secondsLeft() < lastSeconds * (trainer.iterative() ? 0.5 : 1.0)) {
            status = ModelStatus.INCOMPLETE;
            note = String.format(Locale.ROOT,
                "stopped after %d of %d folds: the last took %s, more than the %s left for fitting", j, k,
                seconds(lastSeconds), seconds(deadline.secondsLeft()));
            break;
          }
        }
        double allowance = Math.max(0.05, left / (k - j));
        Deadline foldDeadline = trainer.iterative() ? deadline.atMost(allowance) : deadline;
        TrainContext context = new TrainContext(Seeds.derive(options.seed(), trainer.id(), j), foldDeadline,
            threads, options.verbose());
        int fold = j;
        double foldAllowance = allowance;
        Future<FoldOutcome> future = executor.submit(() -> fitAndScore(trainer, fold, context, foldAllowance));
        FoldOutcome outcome;
        try {
          outcome = future.get((long) ((hardDeadline.secondsLeft() + 1.0) * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          abandoned = true;
          status = ModelStatus.INCOMPLETE;
          note = String.format(Locale.ROOT, "abandoned in fold %d of %d: the fit overran the run's deadline", j + 1, k);
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof BadInputException bad) {
            throw bad;
          }
          status = ModelStatus.FAILED;
          note = "failed in fold " + (j + 1) + ": " + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
          break;
        }
        scores.add(outcome.score);
        sizeSum += outcome.sizeBytes;
        predictSeconds += outcome.score.predictSeconds();
        predictedRows += outcome.score.testRows();
        int[] test = folds.test(j);
        Predictions p = outcome.predictions;
        if (p.hasProbabilities() && probabilities == null) {
          probabilities = new double[data.rows()][];
        }
        for (int i = 0; i < test.length && j < folds.perRepeat(); i++) { // out-of-fold: the first repeat
          predicted[test[i]] = label(p.values()[i]);
          if (p.hasProbabilities()) {
            probabilities[test[i]] = round4(p.probabilities()[i]);
          }
        }
        if (outcome.score.cut()) {
          status = ModelStatus.CUT;
        }
        listener.foldFinished(trainer.id(), j, k, outcome.score.fitSeconds() + outcome.score.predictSeconds());
      }
      if (status == ModelStatus.CUT) {
        long cutFolds = scores.stream().filter(FoldScore::cut).count();
        note = String.format(Locale.ROOT, "cut: its time share ran out in %d of %d folds (%s)", cutFolds, k,
            scores.stream().filter(FoldScore::cut).map(FoldScore::detail).findFirst().orElse(""));
      }
      Map<String, Double> mean = null;
      Map<String, Double> std = null;
      if (status.ranked()) {
        mean = new LinkedHashMap<>();
        std = new LinkedHashMap<>();
        for (Metric m : metrics) {
          double[] values = scores.stream().map(s -> s.metrics().get(m.key())).filter(v -> v != null)
              .mapToDouble(Double::doubleValue).toArray();
          if (values.length == scores.size()) {
            mean.put(m.key(), Metrics.mean(values));
            std.put(m.key(), Metrics.sampleStd(values));
          }
        }
      }
      double fitSeconds = scores.stream().mapToDouble(FoldScore::fitSeconds).sum();
      return new ModelResult(trainer.id(), trainer.displayName(), trainer.family().label(), trainer.isBaseline(), status,
          note, List.copyOf(scores), mean, std, fitSeconds,
          predictedRows == 0 ? null : predictSeconds * 1e6 / predictedRows,
          scores.isEmpty() ? null : sizeSum / scores.size(),
          scores.isEmpty() ? null : new OutOfFold(predicted, probabilities));
    }

    ModelResult skipped(Trainer trainer, String note) {
      return new ModelResult(trainer.id(), trainer.displayName(), trainer.family().label(), trainer.isBaseline(),
          ModelStatus.SKIPPED, note, List.of(), null, null, 0, null, null, null);
    }

    private FoldOutcome fitAndScore(Trainer trainer, int fold, TrainContext context, double allowance) {
      int[] train = folds.train(fold);
      int[] test = folds.test(fold);
      Double selectionScore = null;
      double selectionSeconds = 0;
      TrainContext outerContext = context;
      if (!trainer.isBaseline()) {
        // the family's pipeline selection sees only this fold's training rows
        long s0 = System.nanoTime();
        double selectionShare = innerFolds(train.length) > 1 ? SELECTION_SHARE_OF_FOLD_INNER_CV : SELECTION_SHARE_OF_FOLD;
        TrainContext inner = trainer.iterative()
            ? new TrainContext(context.seed() ^ 0x51ED, context.deadline().atMost(allowance * selectionShare),
                context.threads(), context.verbose())
            : context;
        selectionScore = selectionScore(trainer, fold, train, inner);
        selectionSeconds = (System.nanoTime() - s0) / 1e9;
        if (trainer.iterative()) {
          outerContext = new TrainContext(context.seed(), context.deadline().atMost(Math.max(0.05, allowance - selectionSeconds)),
              context.threads(), context.verbose());
        }
      }
      long a = System.nanoTime();
      Preprocessor prep = Preprocessor.fit(data, train, trainer.featureSpec());
      Matrix xTrain = prep.transform(data, train);
      TrainingSet set = new TrainingSet(xTrain, data.target(train), data.task(), data.classCount());
      try (Model model = trainer.fit(set, outerContext)) {
        double fitSeconds = (System.nanoTime() - a) / 1e9;
        long b = System.nanoTime();
        Matrix xTest = prep.transform(data, test);
        Predictions predictions = model.predict(xTest);
        double predictSeconds = (System.nanoTime() - b) / 1e9;
        Map<String, Double> values = new LinkedHashMap<>();
        evaluator.evaluate(data.target(test), predictions).forEach((m, v) -> values.put(m.key(), v));
        var report = model.report();
        FoldScore score = new FoldScore(fold, values, fitSeconds, predictSeconds, train.length, test.length,
            report.cutByDeadline(), report.detail(), selectionScore, selectionSeconds);
        return new FoldOutcome(score, predictions, model.sizeBytes());
      }
    }

    /**
     * The trainer's primary metric on inner splits of {@code train} only: the mean over
     * {@value #INNER_FOLDS} inner folds on small training folds (where one split is noisy and fits
     * are cheap), else one {@value #SELECTION_HOLDOUT} holdout. Iterative learners share the
     * selection deadline evenly between the inner fits. Every candidate of every family is judged
     * on the same inner splits of a fold.
     */
    private Double selectionScore(Trainer trainer, int fold, int[] train, TrainContext context) {
      int[][][] splits = innerSplits(train, Seeds.derive(options.seed(), "selection", fold));
      double sum = 0;
      int scored = 0;
      for (int i = 0; i < splits.length; i++) {
        int[] fit = splits[i][0];
        int[] hold = splits[i][1];
        if (hold.length == 0 || fit.length == 0) {
          continue;
        }
        Preprocessor prep = Preprocessor.fit(data, fit, trainer.featureSpec());
        TrainingSet set = new TrainingSet(prep.transform(data, fit), data.target(fit), data.task(), data.classCount());
        if (data.task() == TaskType.CLASSIFICATION && Arrays.stream(set.y()).distinct().count() < 2) {
          continue;
        }
        TrainContext fitContext = trainer.iterative()
            ? new TrainContext(context.seed() + i, context.deadline().atMost(context.deadline().secondsLeft() / (splits.length - i)),
                context.threads(), context.verbose())
            : context;
        try (Model model = trainer.fit(set, fitContext)) {
          Double v = evaluator.evaluate(data.target(hold), model.predict(prep.transform(data, hold))).get(primary);
          if (v != null && !Double.isNaN(v)) {
            sum += v;
            scored++;
          }
        }
      }
      return scored == 0 ? null : sum / scored;
    }

    /** {fit rows, held-out rows} pairs over {@code train}, in table rows. */
    private int[][][] innerSplits(int[] train, long seed) {
      double[] y = data.target(train);
      int k = innerFolds(train.length);
      if (k == 1) {
        int[][] split = FoldSplitter.holdout(y, data.task(), data.classCount(), SELECTION_HOLDOUT, seed);
        return new int[][][] {{rowsOf(train, split[0]), rowsOf(train, split[1])}};
      }
      Folds inner = data.task() == TaskType.CLASSIFICATION
          ? FoldSplitter.stratified(Arrays.stream(y).mapToInt(v -> (int) v).toArray(), data.classCount(), k, seed)
          : FoldSplitter.plain(train.length, k, seed);
      int[][][] out = new int[k][][];
      for (int f = 0; f < k; f++) {
        out[f] = new int[][] {rowsOf(train, inner.train(f)), rowsOf(train, inner.test(f))};
      }
      return out;
    }

    private String label(double value) {
      if (data.task() == TaskType.CLASSIFICATION) {
        return data.classNames()[(int) value];
      }
      return Double.toString(value);
    }
  }

  private record FoldOutcome(FoldScore score, Predictions predictions, long sizeBytes) {}

  /** Inner folds for selecting a family's pipeline on a training fold of this many rows (1: one holdout). */
  static int innerFolds(int trainRows) {
    return trainRows <= INNER_CV_MAX_ROWS ? INNER_FOLDS : 1;
  }

  /** Rows each selection fit trains on, for a training fold of this many rows. */
  static int selectionRows(int trainRows) {
    int k = innerFolds(trainRows);
    return k == 1 ? (int) Math.round(trainRows * (1 - SELECTION_HOLDOUT)) : trainRows * (k - 1) / k;
  }

  /** {@code positions} of {@code rows}, mapped to the rows themselves. */
  private static int[] rowsOf(int[] rows, int[] positions) {
    int[] out = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = rows[positions[i]];
    }
    return out;
  }

  private static double[] round4(double[] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Math.round(p[i] * 10_000) / 10_000.0;
    }
    return out;
  }

  static String seconds(double s) {
    return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : String.format(Locale.ROOT, "%.0f s", s);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
