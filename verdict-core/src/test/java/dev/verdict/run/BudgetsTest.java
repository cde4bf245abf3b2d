package dev.verdict.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.BadInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BudgetsTest {
  @Test
  void parsesUnits() {
    assertEquals(Duration.ofSeconds(30), Budgets.parse("30s"));
    assertEquals(Duration.ofMinutes(5), Budgets.parse("5m"));
    assertEquals(Duration.ofSeconds(90), Budgets.parse("1m30s"));
    assertEquals(Duration.ofHours(1), Budgets.parse("1h"));
    assertEquals(Duration.ofSeconds(45), Budgets.parse("45"));
    assertEquals(Duration.ofMillis(1500), Budgets.parse("1.5s"));
    assertEquals(Duration.ofMillis(500), Budgets.parse("500ms"));
  }

  @Test
  void rejectsGarbage() {
    assertThrows(BadInputException.class, () -> Budgets.parse("5 minutes"));
    assertThrows(BadInputException.class, () -> Budgets.parse(""));
    assertThrows(BadInputException.class, () -> Budgets.parse("m"));
  }

  @Test
  void formatsRoundTrip() {
    for (String s : new String[] {"30s", "5m", "1h", "1m30s"}) {
      assertEquals(s, Budgets.format(Budgets.parse(s)));
    }
  }
}
