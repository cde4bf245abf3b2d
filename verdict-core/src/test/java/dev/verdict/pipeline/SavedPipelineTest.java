package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import dev.verdict.data.CsvTableReader;
import dev.verdict.model.Deadline;
import dev.verdict.model.Model;
import dev.verdict.model.ModelFamily;
import dev.verdict.model.Predictions;
import dev.verdict.model.TrainContext;
import dev.verdict.model.TrainingSet;
import dev.verdict.prep.FeatureTable;
import dev.verdict.prep.Preprocessor;
import dev.verdict.profile.Profiler;
import dev.verdict.result.RunResult;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.ExperimentRunner;
import dev.verdict.run.RunListener;
import dev.verdict.run.RunOptions;
import dev.verdict.testing.SyntheticData;
import dev.verdict.testing.TestFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPipelineTest {
  @TempDir
  Path dir;

  private final List<ModelFamily> families = List.of(new TestFamily(new TestFamily.Baseline(), new TestFamily.Centroid()));

  private CompletedRun run(String csv, String target) {
    Path data = SyntheticData.write(dir, "train.csv", csv);
    RunOptions options = RunOptions.defaults(data, target).withBudget(Duration.ofSeconds(20)).withSeed(3)
        .withOut(dir.resolve("run"), false).withThreads(1);
    return new ExperimentRunner(families).run(options, RunListener.silent());
  }

  /** The training file without its target column (and with the columns in another order). */
  private Path withoutTarget(String csv, String name) {
    List<String> lines = csv.lines().toList();
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      // label is last: write color, noise, signal, id (reversed, target dropped)
      sb.append(cells[3]).append(',').append(cells[2]).append(',').append(cells[1]).append(',').append(cells[0]).append('\n');
    }
    return SyntheticData.write(dir, name, sb.toString());
  }

  @Test
  void theRunSavesTheWinnerAndItPredictsAsAFreshFitOnAllRowsDoes() throws IOException {
    String csv = SyntheticData.classificationCsv(200, 7);
    CompletedRun run = run(csv, "label");
    RunResult r = run.result();
    assertNotNull(r.saved(), "a model was saved");
    assertEquals("centroid", r.saved().id());
    assertEquals(200, r.saved().trainedRows());
    assertTrue(Files.isRegularFile(run.folder().resolve("model/pipeline.json")));
    assertTrue(Files.isRegularFile(run.folder().resolve("model/engine/centroid.json")));
    assertTrue(r.saved().reason().contains("centroid"), r.saved().reason());

    // the same pipeline fitted here, in memory, on every row
    var table = new CsvTableReader().read(dir.resolve("train.csv"));
    FeatureTable data = new Profiler().profile(table, new Profiler.Options("label", null, false)).features();
    int[] all = IntStream.range(0, data.rows()).toArray();
    Preprocessor prep = Preprocessor.fit(data, all, new TestFamily.Centroid().featureSpec());
    TrainingSet set = new TrainingSet(prep.transform(data, all), data.target(), data.task(), data.classCount());
    Predictions expected;
    try (Model fresh = new TestFamily.Centroid().fit(set, new TrainContext(1, Deadline.none(), 1, false))) {
      expected = fresh.predict(prep.transform(data, all));
    }

    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      PredictionTable p = saved.predict(withoutTarget(csv, "new.csv"), false, "id");
      assertEquals(200, p.size());
      assertArrayEquals(expected.values(), p.predictions().values());
      for (int i = 0; i < 200; i++) {
        assertArrayEquals(expected.probabilities()[i], p.predictions().probabilities()[i], 0.0, "row " + i);
      }
      assertEquals(List.of("id", "label", "p_" + r.classes().get(0), "p_" + r.classes().get(1)), p.header());
      assertEquals("1", p.ids().get(0));
      StringBuilder out = new StringBuilder();
      p.writeCsv(out);
      List<String> lines = out.toString().lines().toList();
      assertEquals(201, lines.size());
      assertEquals(String.join(",", p.header()), lines.get(0));
      assertTrue(lines.get(1).startsWith("1," + p.value(0) + ","), lines.get(1));
    }
  }

  @Test
  void unseenLevelsAndMissingValuesAreHandledAsInTraining() {
    CompletedRun run = run(SyntheticData.classificationCsv(150, 8), "label");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "signal,noise,color\n1.2,,purple\n-1.5,0.3,\n,NA,red\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      PredictionTable p = saved.predict(fresh, false, null);
      assertEquals(3, p.size());
      for (double[] row : p.predictions().probabilities()) {
        assertEquals(1.0, Arrays.stream(row).sum(), 1e-9);
      }
      assertFalse(p.header().contains("id"));
    }
  }

  @Test
  void aMissingColumnIsNamed() {
    CompletedRun run = run(SyntheticData.classificationCsv(150, 9), "label");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "signal,colour\n1.2,red\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      BadInputException e = assertThrows(BadInputException.class, () -> saved.predict(fresh, false, null));
      assertTrue(e.getMessage().contains("'noise', 'color'"), e.getMessage());
      assertTrue(e.getMessage().contains("fresh.csv"), e.getMessage());
    }
  }

  @Test
  void textInANumericColumnNamesItsLineUnlessLenient() {
    CompletedRun run = run(SyntheticData.classificationCsv(150, 10), "label");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "signal,noise,color\n1.2,0.1,red\n1.0,lots,blue\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      BadInputException e = assertThrows(BadInputException.class, () -> saved.predict(fresh, false, null));
      assertTrue(e.getMessage().contains("line 3, column 'noise': 'lots' is not a number"), e.getMessage());
      assertEquals(2, saved.predict(fresh, true, null).size());
      BadInputException id = assertThrows(BadInputException.class, () -> saved.predict(fresh, false, "key"));
      assertTrue(id.getMessage().contains("no column 'key' for --id"), id.getMessage());
    }
  }

  @Test
  void anIdThatWouldRepeatAnOutputColumnIsRefused() {
    CompletedRun run = run(SyntheticData.classificationCsv(120, 12), "label");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "signal,noise,color,label\n1.2,0.1,red,x\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      BadInputException e = assertThrows(BadInputException.class, () -> saved.predict(fresh, false, "label"));
      assertTrue(e.getMessage().contains("would repeat the name of an output column"), e.getMessage());
    }
  }

  @Test
  void aYesNoColumnTakesZeroOneOrWordsOnly() {
    StringBuilder csv = new StringBuilder("member,signal,label\n");
    for (int i = 0; i < 120; i++) {
      csv.append(i % 3 == 0 ? "yes" : "no").append(',').append(i % 2 == 0 ? "1.5" : "-1.5").append(',')
          .append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    CompletedRun run = run(csv.toString(), "label");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "member,signal\nYES,1\n0,1\n1,-1\n2,1\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      BadInputException e = assertThrows(BadInputException.class, () -> saved.predict(fresh, false, null));
      assertTrue(e.getMessage().contains("line 5, column 'member': '2' is not 0, 1 or a yes/no word"), e.getMessage());
      assertEquals(4, saved.predict(fresh, true, null).size());
    }
  }

  @Test
  void regressionWritesTheValueUnderTheTargetsName() {
    CompletedRun run = run(SyntheticData.regressionCsv(120, 4), "y");
    Path fresh = SyntheticData.write(dir, "fresh.csv", "region,a,b\nnorth,0.5,0.1\n");
    try (SavedPipeline saved = SavedPipeline.load(run.folder(), 1, families)) {
      PredictionTable p = saved.predict(fresh, false, null);
      assertEquals(List.of("y"), p.header());
      assertNull(p.predictions().probabilities());
      assertEquals(Double.parseDouble(p.value(0)), p.predictions().values()[0]);
    }
  }

  @Test
  void aRunFolderWithoutAModelOrAFolderThatIsNotThereIsBadInput() {
    Path data = SyntheticData.write(dir, "train.csv", SyntheticData.classificationCsv(100, 1));
    RunOptions options = RunOptions.defaults(data, "label").withBudget(Duration.ofSeconds(10)).withOut(dir.resolve("bare"), false)
        .withSaveModel(false);
    CompletedRun run = new ExperimentRunner(families).run(options, RunListener.silent());
    assertNull(run.result().saved());
    BadInputException none = assertThrows(BadInputException.class, () -> SavedPipeline.load(run.folder(), 1, families));
    assertTrue(none.getMessage().contains("holds no saved model"), none.getMessage());
    BadInputException missing = assertThrows(BadInputException.class, () -> SavedPipeline.load(dir.resolve("nope"), 1, families));
    assertTrue(missing.getMessage().contains("no such run folder"), missing.getMessage());
  }

  @Test
  void aModelNoFamilyProvidesIsBadInput() {
    CompletedRun run = run(SyntheticData.classificationCsv(100, 2), "label");
    List<ModelFamily> other = List.of(new TestFamily(new TestFamily.Baseline()));
    BadInputException e = assertThrows(BadInputException.class, () -> SavedPipeline.load(run.folder(), 1, other));
    assertTrue(e.getMessage().contains("'centroid' model"), e.getMessage());
  }
}
