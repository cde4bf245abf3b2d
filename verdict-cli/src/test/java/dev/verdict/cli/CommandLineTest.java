package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.testing.SyntheticData;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  @TempDir
  Path dir;

  @Test
  void versionNamesTheToolAndTheJvm() {
    Cli.Result r = Cli.verdict("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("verdict 0."), r.out());
    assertTrue(r.out().contains("Java "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "curve", "profile", "demo", "predict", "report", "courses", "ask", ""})
  void everyCommandHasHelp(String command) {
    // picocli reports a help text it cannot format (a bare '%' in a description) on System.err
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    Cli.Result r;
    try {
      System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
      r = command.isEmpty() ? Cli.verdict("--help") : Cli.verdict(command, "--help");
    } finally {
      System.setErr(stderr);
    }
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: verdict"), r.out());
    String printed = warnings.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains("picocli WARN"), printed);
  }

  /** Ctrl-C mid-run: exit 130 and nothing left behind (a separate JVM receives SIGINT). */
  @Test
  void interruptLeavesNoRunFolder() throws Exception {
    assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(), "needs kill(1)");
    Path data = SyntheticData.write(dir, "big.csv", SyntheticData.classificationCsv(4000, 5));
    Path out = dir.resolve("interrupted");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run", data.toString(), "--target", "label",
        "--out", out.toString(), "--threads", "1"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    boolean started = false;
    while ((line = lines.readLine()) != null) {
      if (line.contains("fold 1/5 done")) {
        started = true;
        break;
      }
    }
    assertTrue(started, "the run started");
    Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
    drain.start();
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "exits after Ctrl-C");
    assertEquals(130, p.exitValue());
    assertFalse(Files.exists(out));
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".interrupted")), "staging folder removed");
    }
  }
}
