package dev.verdict.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import dev.verdict.data.ColumnType;
import dev.verdict.data.CsvTableReader;
import dev.verdict.model.TaskType;
import dev.verdict.testing.SyntheticData;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfilerTest {
  private static ProfiledTable profile(String csv, String target, TaskType task) {
    return new Profiler().profile(new CsvTableReader().parse("t.csv", csv), new Profiler.Options(target, task, false));
  }

  @Test
  void profilesTypesTaskBalanceAndMissing() {
    ProfiledTable p = profile(SyntheticData.classificationCsv(300, 1), "label", null);
    DataProfile d = p.profile();
    assertEquals(300, d.rows());
    assertEquals(TaskType.CLASSIFICATION, d.target().task());
    assertEquals(2, d.target().classes().size());
    assertEquals(3, d.features(), "signal, noise, color; id left out");
    assertEquals(1, d.columnsByType().get("identifier"));
    ColumnProfile noise = d.columnProfiles().stream().filter(c -> c.name().equals("noise")).findFirst().orElseThrow();
    assertTrue(noise.missing() > 0);
    assertEquals(ColumnType.NUMERIC, noise.type());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("'id' is an identifier")), d.warnings().toString());
    ColumnProfile signal = d.columnProfiles().stream().filter(c -> c.name().equals("signal")).findFirst().orElseThrow();
    assertTrue(signal.association() > 0.3, "signal carries the class");
    assertTrue(noise.association() < 0.05, "noise does not");
    assertEquals("classical", d.advice().expected());
    assertFalse(d.advice().reasons().isEmpty());
    assertNotNull(d.advice().reasons().get(0).source());
  }

  @Test
  void numericTargetIsRegressionUnlessFewIntegers() {
    assertEquals(TaskType.REGRESSION, profile(SyntheticData.regressionCsv(100, 2), "y", null).profile().target().task());
    String integers = "x,grade\n" + "1,1\n2,2\n3,3\n4,1\n5,2\n6,3\n".repeat(5);
    DataProfile d = profile(integers, "grade", null).profile();
    assertEquals(TaskType.CLASSIFICATION, d.target().task());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("--task regression")));
    assertEquals(TaskType.REGRESSION, profile(integers, "grade", TaskType.REGRESSION).profile().target().task());
  }

  @Test
  void strongImbalanceIsFlagged() {
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 200; i++) {
      csv.append(i % 7).append(',').append(i < 10 ? "rare" : "common").append('\n');
    }
    DataProfile d = profile(csv.toString(), "y", null).profile();
    assertTrue(d.target().strongImbalance());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("imbalanced")));
  }

  @Test
  void leakingColumnIsFlagged() {
    SplittableRandom r = new SplittableRandom(3);
    StringBuilder csv = new StringBuilder("x,copy,y\n");
    for (int i = 0; i < 200; i++) {
      boolean pos = r.nextBoolean();
      csv.append(String.format(Locale.ROOT, "%.3f,%s,%s%n", r.nextGaussian(), pos ? "P" : "N", pos ? "yes" : "no"));
    }
    DataProfile d = profile(csv.toString(), "y", null).profile();
    ColumnProfile copy = d.columnProfiles().stream().filter(c -> c.name().equals("copy")).findFirst().orElseThrow();
    assertTrue(copy.leakage());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("'copy' almost determines the target")), d.warnings().toString());
    ColumnProfile x = d.columnProfiles().stream().filter(c -> c.name().equals("x")).findFirst().orElseThrow();
    assertFalse(x.leakage());
  }

  @Test
  void missingTargetRowsAreCountedAndDropped() {
    String csv = "x,y\n1,a\n2,\n3,b\n4,a\n5,NA\n6,b\n";
    ProfiledTable p = profile(csv, "y", null);
    assertEquals(2, p.profile().target().missing());
    assertEquals(4, p.features().rows());
    assertTrue(p.profile().warnings().stream().anyMatch(w -> w.contains("2 rows without a value for target 'y'")));
  }

  @Test
  void unknownTargetListsColumnsAndSuggests() {
    BadInputException e = assertThrows(BadInputException.class, () -> profile("Label,x\na,1\nb,2\n", "label", null));
    assertTrue(e.getMessage().contains("no column named 'label'"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'Label'"), e.getMessage());
  }

  @Test
  void singleClassTargetIsRejected() {
    BadInputException e = assertThrows(BadInputException.class, () -> profile("x,y\n1,a\n2,a\n3,a\n", "y", null));
    assertTrue(e.getMessage().contains("single class 'a'"), e.getMessage());
  }

  @Test
  void regressionOnLabelsIsRejected() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> profile("x,y\n1,a\n2,b\n3,a\n", "y", TaskType.REGRESSION));
    assertTrue(e.getMessage().contains("not numeric"), e.getMessage());
  }

  @Test
  void adviceChangesWithSize() {
    var small = dev.verdict.advice.RuleOfThumb.forTable(500, 10, 0, 0);
    var large = dev.verdict.advice.RuleOfThumb.forTable(200_000, 10, 0, 0);
    assertEquals("classical", small.expected());
    assertEquals("strong", small.strength());
    assertEquals("either", large.expected());
    var weak = dev.verdict.advice.RuleOfThumb.forTable(500, 10, 0.6, 0);
    assertTrue(weak.reasons().stream().anyMatch(r -> r.rule().contains("uninformative")));
  }
}
