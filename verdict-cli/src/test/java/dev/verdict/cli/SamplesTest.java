package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verdict.result.ModelResult;
import dev.verdict.result.ModelStatus;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import dev.verdict.testing.Samples;
import dev.verdict.testing.SyntheticData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shipped samples and unseen tables, end to end through the command line. */
class SamplesTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"iris.csv,species,classification,accuracy", "wine.csv,cultivar,classification,accuracy",
      "breast-cancer.csv,diagnosis,classification,accuracy", "diabetes.csv,progression,regression,rmse"})
  void profileAndRunEachSample(String file, String target, String task, String metric) throws IOException {
    String data = Samples.path(file).toString();
    Cli.Result profile = Cli.verdict("profile", data, "--target", target);
    assertEquals(0, profile.code(), profile.err());
    assertTrue(profile.out().contains("Rule-of-thumb advice"), profile.out());
    assertTrue(profile.out().contains("Target '" + target + "': " + task));

    Cli.Result json = Cli.verdict("profile", data, "--target", target, "--json");
    JsonNode node = ResultJson.mapper().readTree(json.out());
    assertEquals("classical", node.path("advice").path("expected").asText());
    assertTrue(node.path("advice").path("reasons").size() >= 2);

    Path out = dir.resolve("run-" + file);
    Cli.Result run = Cli.verdict("run", data, "--target", target, "--budget", "1m", "--seed", "7", "--out", out.toString(),
        "--quiet", "--threads", "1");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Best model:"), run.out());
    RunResult r = ResultJson.readRun(out.resolve("result.json"));
    assertEquals(task, r.task());
    assertEquals(metric, r.primaryMetric());
    assertEquals(8, r.models().size(), "six classical candidates and two deep ones");
    assertEquals(2, r.models().stream().filter(m -> m.family().equals("deep")).count());
    assertNotNull(r.best());
    for (ModelResult m : r.models()) {
      assertTrue(m.status().ranked(), m.id() + ": " + m.status() + " " + m.note());
      assertEquals(5, m.folds().size());
      assertTrue(m.fitSeconds() >= 0);
      assertNotNull(m.predictMicrosPerRow());
      assertNotNull(m.sizeBytes());
      assertEquals(r.profile().rows(), m.outOfFold().predicted().length);
    }
    var verdict = r.verdict();
    assertNotNull(verdict, "both families finished, so there is a verdict");
    assertEquals(metric, verdict.metric());
    assertTrue(verdict.lower() <= verdict.difference() && verdict.difference() <= verdict.upper());
    assertTrue(verdict.pValue() >= 0 && verdict.pValue() <= 1);
    assertEquals(5, verdict.classical().chosen().size());
    assertTrue(List.of("classical", "deep").contains(verdict.recommended()));
    assertTrue(run.out().contains("Verdict: "), run.out());
    assertTrue(Files.readString(out.resolve("summary.md")).contains("## Verdict: "));
    ModelResult best = r.model(r.best());
    ModelResult baseline = r.model("baseline");
    if (task.equals("classification")) {
      assertTrue(best.meanOf("accuracy") > 0.9, best.id() + " " + best.meanOf("accuracy"));
    } else {
      assertTrue(best.meanOf("rmse") < 0.8 * baseline.meanOf("rmse"));
    }
    assertEquals(7, r.provenance().seed());
    assertEquals(64, r.provenance().dataSha256().length());
    assertTrue(r.provenance().libraries().containsKey("xgboost4j"));
    List<String> csv = Files.readAllLines(out.resolve("leaderboard.csv"));
    assertEquals(9, csv.size());
    assertTrue(Files.readString(out.resolve("summary.md")).contains("Rule-of-thumb advice"));

    // the recommended family's model was refitted and saved; it predicts the rows without their target
    assertNotNull(r.saved());
    assertEquals(verdict.recommended(), r.saved().family());
    assertTrue(Files.isRegularFile(out.resolve("model/pipeline.json")));
    assertTrue(run.out().contains("verdict predict --model"), run.out());
    Path rows = withoutColumn(Samples.path(file), target, dir.resolve("rows-" + file));
    Cli.Result predict = Cli.verdict("predict", "--model", out.toString(), rows.toString());
    assertEquals(0, predict.code(), predict.err());
    List<String> lines = predict.out().lines().toList();
    assertEquals(r.profile().rows() + 1, lines.size(), "a header and one prediction per row");
    assertTrue(lines.get(0).startsWith(target), lines.get(0));
    if (task.equals("classification")) {
      assertEquals(1 + r.classes().size(), lines.get(0).split(",").length);
      assertTrue(r.classes().stream().allMatch(c -> lines.get(0).contains("p_" + c)), lines.get(0));
    }
  }

  /** A copy of a CSV file (without quoted commas) lacking one column. */
  static Path withoutColumn(Path csv, String column, Path to) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    int drop = List.of(lines.get(0).split(",", -1)).indexOf(column);
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(drop);
      sb.append(String.join(",", cells)).append('\n');
    }
    return Files.writeString(to, sb.toString());
  }

  @Test
  void unseenTableWithCategoriesMissingValuesAndAnIdentifier() throws IOException {
    Path data = SyntheticData.write(dir, "shop.csv", SyntheticData.classificationCsv(400, 21));
    Path out = dir.resolve("shop");
    Cli.Result run = Cli.verdict("run", data.toString(), "--target", "label", "--budget", "1m", "--out", out.toString(),
        "--threads", "1", "--models", "logistic,xgboost,mlp-small");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("'id' is an identifier"), run.err());
    RunResult r = ResultJson.readRun(out.resolve("result.json"));
    assertTrue(r.model(r.best()).meanOf("accuracy") > 0.85);
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("identifier")));

    // new rows: the target dropped, an unseen colour, a missing number; the id passed through
    Path fresh = SyntheticData.write(dir, "fresh.csv", "id,color,signal,noise,extra\nA7,purple,2.5,,x\nB8,NA,-2.1,0.3,y\n");
    Path predictions = dir.resolve("predictions.csv");
    Cli.Result predict = Cli.verdict("predict", "--model", out.toString(), fresh.toString(), "--id", "id", "--out",
        predictions.toString());
    assertEquals(0, predict.code(), predict.err());
    List<String> lines = Files.readAllLines(predictions);
    assertEquals(List.of("id", "label", "p_" + r.classes().get(0), "p_" + r.classes().get(1)), List.of(lines.get(0).split(",")));
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).startsWith("A7,yes_buy,"), "a strong positive signal: " + lines.get(1));
    assertTrue(lines.get(2).startsWith("B8,no_buy,"), "a strong negative signal: " + lines.get(2));

    // a missing column: exit 2, one line naming it, and no output file
    Path partial = SyntheticData.write(dir, "partial.csv", "id,signal\n1,2.5\n");
    Path none = dir.resolve("none.csv");
    Cli.Result missing = Cli.verdict("predict", "--model", out.toString(), partial.toString(), "--out", none.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("'noise', 'color'"), missing.err());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(Files.notExists(none));
    try (var left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial")), "no half-written file");
    }
    Cli.Result exists = Cli.verdict("predict", "--model", out.toString(), fresh.toString(), "--out", predictions.toString());
    assertEquals(2, exists.code());
    assertTrue(exists.err().contains("--force"), exists.err());
    Cli.Result folder = Cli.verdict("predict", "--model", out.toString(), fresh.toString(), "--out", dir.toString(), "--force");
    assertEquals(2, folder.code());
    assertTrue(folder.err().contains("is a folder"), folder.err());
  }

  @Test
  void unseenRegressionTableWithCategories() throws IOException {
    Path data = SyntheticData.write(dir, "prices.csv", SyntheticData.regressionCsv(300, 22));
    Path out = dir.resolve("prices");
    Cli.Result run = Cli.verdict("run", data.toString(), "--target", "y", "--budget", "1m", "--out", out.toString(),
        "--quiet", "--threads", "1", "--models", "linear,xgboost,mlp-small");
    assertEquals(0, run.code(), run.err());
    RunResult r = ResultJson.readRun(out.resolve("result.json"));
    assertEquals("regression", r.task());
    assertTrue(r.model(r.best()).meanOf("r2") > 0.9, "y is nearly linear in a, b and region");

    Path fresh = SyntheticData.write(dir, "fresh.csv", "region,a,b\nwest,1.0,-1.0\nnorth,0,0\n");
    Cli.Result predict = Cli.verdict("predict", "--model", out.toString(), fresh.toString());
    assertEquals(0, predict.code(), predict.err());
    List<String> lines = predict.out().lines().toList();
    assertEquals("y", lines.get(0));
    // y = 3a − 2b + region effect (west +4, north 0)
    assertEquals(9.0, Double.parseDouble(lines.get(1)), 1.5, lines.toString());
    assertEquals(0.0, Double.parseDouble(lines.get(2)), 1.5, lines.toString());
  }

  @Test
  void aSavedDeepModelPredictsThroughTheCommandLine() throws IOException {
    Path out = dir.resolve("deep");
    Cli.Result run = Cli.verdict("run", Samples.path("iris.csv").toString(), "--target", "species", "--budget", "30s",
        "--out", out.toString(), "--quiet", "--threads", "1", "--models", "mlp-small");
    assertEquals(0, run.code(), run.err());
    RunResult r = ResultJson.readRun(out.resolve("result.json"));
    assertEquals("mlp-small", r.saved().id(), "the only family with a complete pipeline: " + r.saved().reason());
    assertTrue(Files.isRegularFile(out.resolve("model/engine/mlp.params")));
    Path rows = withoutColumn(Samples.path("iris.csv"), "species", dir.resolve("iris-rows.csv"));
    Cli.Result predict = Cli.verdict("predict", "--model", out.toString(), rows.toString(), "--threads", "1");
    assertEquals(0, predict.code(), predict.err());
    List<String> lines = predict.out().lines().toList();
    assertEquals(151, lines.size());
    assertEquals("species,p_setosa,p_versicolor,p_virginica", lines.get(0));
    assertTrue(lines.get(1).startsWith("setosa,"), "the first iris is a setosa: " + lines.get(1));
  }

  @Test
  void sameSeedSameLeaderboard() throws IOException {
    String data = Samples.path("wine.csv").toString();
    RunResult[] runs = new RunResult[2];
    for (int i = 0; i < 2; i++) {
      Path out = dir.resolve("det" + i);
      // one model per library: Tribuo, XGBoost, DJL/PyTorch
      Cli.Result run = Cli.verdict("run", data, "--target", "cultivar", "--budget", "10m", "--seed", "3", "--out",
          out.toString(), "--quiet", "--threads", "1", "--models", "cart,xgboost,mlp-small");
      assertEquals(0, run.code(), run.err());
      runs[i] = ResultJson.readRun(out.resolve("result.json"));
    }
    assertEquals(runs[0].models().stream().map(ModelResult::id).toList(), runs[1].models().stream().map(ModelResult::id).toList());
    for (ModelResult a : runs[0].models()) {
      ModelResult b = runs[1].model(a.id());
      assertEquals(ModelStatus.COMPLETE, a.status(), a.id() + " hit no deadline with a 10m budget");
      for (int f = 0; f < a.folds().size(); f++) {
        assertEquals(a.folds().get(f).metrics(), b.folds().get(f).metrics(), a.id() + " fold " + f);
      }
    }
  }

  @Test
  void demoRunsOnTheShippedSample() throws IOException {
    Path out = dir.resolve("demo");
    Cli.Result demo = Cli.verdict("demo", "--budget", "1m", "--out", out.toString(), "--quiet", "--threads", "1");
    assertEquals(0, demo.code(), demo.err());
    assertTrue(demo.out().contains("breast-cancer.csv → diagnosis"), demo.out());
    assertTrue(demo.out().contains("Learning curves (accuracy vs training rows"), "the demo measures the curves: " + demo.out());
    RunResult r = ResultJson.readRun(out.resolve("result.json"));
    assertEquals(List.of("classical", "deep"), r.curves().families().stream().map(f -> f.family()).toList());
    assertTrue(r.curves().families().stream().allMatch(f -> f.points().size() >= 3), "sizes measured: " + r.curves().skipped());
    assertEquals("diagnosis", r.profile().target().name());
    String summary = Files.readString(out.resolve("summary.md"));
    assertTrue(summary.contains("## Learn the approach") && summary.contains("Classical machine learning (recommended here)"),
        "the summary ends with courses for the recommended approach: " + summary);
    String report = Files.readString(out.resolve("report.html"));
    int learn = report.indexOf("<section id=\"learn\">");
    assertTrue(learn > 0 && report.indexOf("Classical machine learning (recommended here)", learn) > 0
        && report.indexOf("<code>ml-specialization</code>", learn) > 0, "the report suggests courses too");
  }
}
