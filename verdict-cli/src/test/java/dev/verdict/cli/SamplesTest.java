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
  void demoRunsOnTheShippedSample() {
    Path out = dir.resolve("demo");
    Cli.Result demo = Cli.verdict("demo", "--budget", "1m", "--out", out.toString(), "--quiet", "--threads", "1");
    assertEquals(0, demo.code(), demo.err());
    assertTrue(demo.out().contains("breast-cancer.csv → diagnosis"), demo.out());
    assertTrue(Files.exists(out.resolve("result.json")));
  }
}
