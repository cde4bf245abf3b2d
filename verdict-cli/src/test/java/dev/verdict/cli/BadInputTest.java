package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input: exit code 2, one line naming the problem, no stack trace, no run folder. */
class BadInputTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Runs {@code verdict run FILE ARGS --out dir/out} and checks the contract for bad input. */
  private String rejected(Path data, String... args) throws IOException {
    String[] full = Stream.concat(Stream.of("run", data.toString()),
        Stream.concat(Stream.of(args), Stream.of("--out", dir.resolve("out").toString(), "--quiet"))).toArray(String[]::new);
    Cli.Result r = Cli.verdict(full);
    assertEquals(2, r.code(), "exit code; err was: " + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(r.err().startsWith("verdict: "), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "no run folder");
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no staging folder");
    }
    return r.err();
  }

  @Test
  void missingFile() throws IOException {
    assertTrue(rejected(dir.resolve("nope.csv"), "--target", "y").contains("nope.csv: file not found"));
  }

  @Test
  void emptyFile() throws IOException {
    assertTrue(rejected(file("empty.csv", ""), "--target", "y").contains("empty.csv: the file is empty"));
  }

  @Test
  void headerOnly() throws IOException {
    assertTrue(rejected(file("h.csv", "a,b,y\n"), "--target", "y").contains("no data rows"));
  }

  @Test
  void raggedRow() throws IOException {
    String err = rejected(file("r.csv", "a,b,y\n1,2,x\n3,4\n5,6,z\n"), "--target", "y");
    assertTrue(err.contains("r.csv line 3: 2 fields, but the header has 3"), err);
  }

  @Test
  void unknownTarget() throws IOException {
    String err = rejected(Samples.path("iris.csv"), "--target", "Species");
    assertTrue(err.contains("no column named 'Species' (did you mean 'species'?)"), err);
  }

  @Test
  void singleClass() throws IOException {
    String err = rejected(file("one.csv", "x,y\n1,a\n2,a\n3,a\n4,a\n"), "--target", "y");
    assertTrue(err.contains("single class 'a'"), err);
  }

  @Test
  void classWithFewerRowsThanFolds() throws IOException {
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 30; i++) {
      csv.append(i).append(',').append(i < 2 ? "rare" : "common").append('\n');
    }
    String err = rejected(file("rare.csv", csv.toString()), "--target", "y");
    assertTrue(err.contains("class 'rare' has 2 rows, fewer than the 5 folds"), err);
  }

  @Test
  void mostlyNumericColumnWithGarbage() throws IOException {
    StringBuilder csv = new StringBuilder("age,y\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i == 30 ? "forty" : Integer.toString(20 + i)).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    String err = rejected(file("g.csv", csv.toString()), "--target", "y");
    assertTrue(err.contains("column 'age'") && err.contains("line 32") && err.contains("'forty'") && err.contains("--lenient"), err);
  }

  @Test
  void nonUtf8Text() throws IOException {
    Path p = Files.write(dir.resolve("latin.csv"), "x,y\n1,caf\u00e9\n2,b\n".getBytes(StandardCharsets.ISO_8859_1));
    String err = rejected(p, "--target", "y");
    assertTrue(err.contains("latin.csv line 2") && err.contains("not UTF-8"), err);
  }

  @Test
  void unknownOptionValues() throws IOException {
    Path iris = Samples.path("iris.csv");
    assertTrue(rejected(iris, "--target", "species", "--task", "clustering").contains("--task"));
    assertTrue(rejected(iris, "--target", "species", "--metric", "f2").contains("unknown metric 'f2'"));
    assertTrue(rejected(iris, "--target", "species", "--budget", "soon").contains("invalid budget 'soon'"));
    assertTrue(rejected(iris, "--target", "species", "--folds", "1").contains("--folds must be between 2"));
    assertTrue(rejected(iris, "--target", "species", "--repeats", "0").contains("--repeats must be between 1"));
    assertTrue(rejected(iris, "--target", "species", "--metric", "rmse").contains("--metric rmse is for regression"));
    assertTrue(rejected(iris, "--target", "species", "--models", "deepnet").contains("unknown model 'deepnet'"));
    assertTrue(rejected(iris, "--target", "species", "--colour").contains("Unknown option"));
  }

  @Test
  void budgetTooSmall() throws IOException {
    String err = rejected(Samples.path("iris.csv"), "--target", "species", "--budget", "500ms");
    assertTrue(err.contains("too small to fit anything"), err);
  }

  @Test
  void existingOutputFolder() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Cli.Result r = Cli.verdict("run", Samples.path("iris.csv").toString(), "--target", "species", "--out",
        dir.resolve("out").toString(), "--quiet");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("already exists") && r.err().contains("--force"), r.err());
  }

  @Test
  void profileRejectsBadInputToo() throws IOException {
    Cli.Result r = Cli.verdict("profile", file("r.csv", "a,y\n1\n").toString(), "--target", "y");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
    assertEquals(2, Cli.verdict("profile", Samples.path("iris.csv").toString()).code(), "--target is required");
  }
}
