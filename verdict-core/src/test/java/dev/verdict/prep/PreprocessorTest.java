package dev.verdict.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.data.CsvTableReader;
import dev.verdict.model.Matrix;
import dev.verdict.profile.Profiler;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
  private static FeatureTable table(String csv) {
    return new Profiler().profile(new CsvTableReader().parse("t", csv), new Profiler.Options("y", null, false)).features();
  }

  @Test
  void statisticsComeFromTrainingRowsOnly() {
    // rows 0-3 train, row 4 test with an extreme value that must not move the scaling
    FeatureTable t = table("x,y\n1,a\n2,b\n3,a\n4,b\n1000,a\n");
    Preprocessor p = Preprocessor.fit(t, new int[] {0, 1, 2, 3}, FeatureSpec.standardized());
    Matrix train = p.transform(t, new int[] {0, 1, 2, 3});
    double mean = 0;
    for (int i = 0; i < 4; i++) {
      mean += train.get(i, 0);
    }
    assertEquals(0, mean / 4, 1e-6);
    Matrix test = p.transform(t, new int[] {4});
    assertTrue(test.get(0, 0) > 100, "the test value is scaled with the training statistics");
  }

  @Test
  void imputesWithTrainingMedianAndAddsIndicator() {
    FeatureTable t = table("x,y\n1,a\n,b\n3,a\n10,b\n,a\n");
    Preprocessor p = Preprocessor.fit(t, new int[] {0, 1, 2, 3}, FeatureSpec.imputed());
    assertEquals(java.util.List.of("x", "x:missing"), p.outputNames());
    Matrix m = p.transform(t, new int[] {1, 4});
    assertEquals(3, m.get(0, 0), 1e-6, "median of 1, 3, 10");
    assertEquals(1, m.get(1, 1), 1e-6);
  }

  @Test
  void keepMissingLeavesNaN() {
    FeatureTable t = table("x,y\n1,a\n,b\n3,a\n4,b\n");
    Matrix m = Preprocessor.fit(t, new int[] {0, 1, 2, 3}, FeatureSpec.keepMissing()).transform(t, new int[] {1});
    assertTrue(Float.isNaN(m.get(0, 0)));
  }

  @Test
  void oneHotUsesTrainingLevelsAndIgnoresUnseenOnes() {
    FeatureTable t = table("c,y\nred,a\nblue,b\nred,a\nblue,b\ngreen,a\n");
    Preprocessor p = Preprocessor.fit(t, new int[] {0, 1, 2, 3}, FeatureSpec.standardized());
    assertEquals(java.util.List.of("c=red", "c=blue"), p.outputNames());
    Matrix unseen = p.transform(t, new int[] {4});
    assertEquals(0, unseen.get(0, 0));
    assertEquals(0, unseen.get(0, 1));
  }

  @Test
  void rareLevelsShareAnOtherColumn() {
    StringBuilder csv = new StringBuilder("c,y\n");
    for (int i = 0; i < 100; i++) {
      csv.append("L").append(i % 70).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    FeatureTable t = table(csv.toString());
    int[] all = java.util.stream.IntStream.range(0, 100).toArray();
    Preprocessor p = Preprocessor.fit(t, all, new FeatureSpec(false, true, 10));
    assertEquals(11, p.outputNames().size());
    assertEquals("c=(other)", p.outputNames().get(10));
  }
}
