package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.report.html.HtmlReport;
import dev.verdict.result.ResultJson;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict report RUN_DIR}: renders report.html again from result.json, or says what is wrong. */
class ReportCommandTest {
  @TempDir
  Path dir;

  /** A run folder made quickly with the test family (no ML library). */
  private Path runFolder() {
    Path data = SyntheticData.write(dir, "buyers.csv", SyntheticData.classificationCsv(200, 2));
    RunOptions options = RunOptions.defaults(data, "label").withBudget(Duration.ofSeconds(20)).withThreads(1)
        .withOut(dir.resolve("run"), false);
    CompletedRun run = new ExperimentRunner(List.of(new TestFamily(new TestFamily.Baseline(), new TestFamily.Centroid())))
        .run(options, RunListener.silent());
    return run.folder();
  }

  @Test
  void rendersTheReportAgainAndPrintsItsPath() throws IOException {
    Path folder = runFolder();
    Path report = folder.resolve("report.html");
    Files.delete(report);
    Cli.Result r = Cli.verdict("report", folder.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(report.toString(), r.out().strip());
    assertEquals(HtmlReport.render(ResultJson.readRun(folder.resolve("result.json"))), Files.readString(report));
    try (Stream<Path> files = Files.list(folder)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temporary file left");
    }
    assertEquals(0, Cli.verdict("report", folder.toString()).code(), "replaces an existing report");
  }

  @Test
  void hasHelp() {
    Cli.Result r = Cli.verdict("report", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: verdict report"), r.out());
  }

  @Test
  void aMissingFolder() {
    assertTrue(rejected(dir.resolve("nope")).contains("nope: no such folder"));
  }

  @Test
  void aFolderWithoutResult() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertTrue(rejected(empty).contains("result.json: not found"));
  }

  @Test
  void unreadableJson() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("broken"));
    int version = RunResult.SCHEMA_VERSION;
    Files.writeString(folder.resolve("result.json"), "{\"schemaVersion\": " + version + ", \"models\": [");
    String err = rejected(folder);
    assertTrue(err.contains("result.json: not valid JSON") && err.contains("verdict run"), err);
    Files.writeString(folder.resolve("result.json"), "[1, 2]");
    assertTrue(rejected(folder).contains("not a Verdict result"));
    Files.writeString(folder.resolve("result.json"), "{\"schemaVersion\": " + version + ", \"models\": 7}");
    assertTrue(rejected(folder).contains("not a readable Verdict result"));
  }

  @Test
  void anotherSchemaVersion() throws IOException {
    Path folder = runFolder();
    Path json = folder.resolve("result.json");
    int old = RunResult.SCHEMA_VERSION - 1;
    Files.writeString(json, Files.readString(json).replaceFirst("\"schemaVersion\" : \\d+", "\"schemaVersion\" : " + old));
    String err = rejected(folder);
    assertTrue(err.contains("schema version " + old + ", but this Verdict reads version " + RunResult.SCHEMA_VERSION), err);
  }

  /** Exit 2, one line naming the problem, no stack trace, and no report written. */
  private static String rejected(Path folder) {
    Cli.Result r = Cli.verdict("report", folder.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("verdict: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(r.out().isEmpty(), r.out());
    return r.err();
  }
}
