package dev.verdict.learn.ask.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
  @Test
  void defaultsAndNormalisation() {
    LlmSettings s = new LlmSettings(" http://localhost:11434/v1/ ", " llama3.2 ");
    assertEquals("http://localhost:11434/v1", s.baseUrl());
    assertEquals("llama3.2", s.model());
    assertEquals(LlmSettings.NO_KEY, s.apiKey());
    assertEquals(Duration.ofSeconds(60), s.timeout());
    assertEquals("none", new LlmSettings("https://api.example.com/v1", "m", "  ", null).apiKey());
    assertEquals(Duration.ofSeconds(5),
        new LlmSettings("https://api.example.com/v1", "m", "sk-1", Duration.ofSeconds(5)).timeout());
  }

  @Test
  void toStringHidesTheKey() {
    String text = new LlmSettings("https://api.example.com/v1", "m", "sk-secret", null).toString();
    assertFalse(text.contains("sk-secret"), text);
    assertTrue(text.contains("https://api.example.com/v1"), text);
  }

  @Test
  void rejectsWhatIsNotAnHttpUrlOrAModel() {
    for (String url : new String[] {null, "", "  ", "localhost:11434/v1", "ftp://example.com/v1", "file:///tmp/x",
        "http://", "http://bad host/v1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LlmSettings(url, "m"),
          String.valueOf(url));
      assertTrue(e.getMessage().contains("URL"), e.getMessage());
    }
    for (String model : new String[] {null, "", "   "}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new LlmSettings("http://localhost:11434/v1", model));
      assertTrue(e.getMessage().contains("name is missing"), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LlmSettings("http://localhost:11434/v1", "m", null, Duration.ZERO));
    assertTrue(e.getMessage().contains("timeout"), e.getMessage());
  }

  @Test
  void offUnlessTheUrlIsSet() {
    assertEquals(Optional.empty(), LlmSettings.fromEnvironment(Map.of()));
    assertEquals(Optional.empty(), LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_URL", " ")));
    assertEquals(Optional.empty(), LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_MODEL", "llama3.2")),
        "a model alone turns nothing on");
  }

  @Test
  void readsTheEnvironment() {
    LlmSettings s = LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_URL", "http://localhost:11434/v1",
        "VERDICT_LLM_MODEL", "llama3.2")).orElseThrow();
    assertEquals(new LlmSettings("http://localhost:11434/v1", "llama3.2", "none", Duration.ofSeconds(60)), s);
    LlmSettings keyed = LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_URL", "https://api.example.com/v1",
        "VERDICT_LLM_MODEL", "gpt-4o-mini", "VERDICT_LLM_KEY", "sk-1")).orElseThrow();
    assertEquals("sk-1", keyed.apiKey());
  }

  @Test
  void aUrlWithoutAModelOrABadUrlNamesTheVariable() {
    IllegalArgumentException noModel = assertThrows(IllegalArgumentException.class,
        () -> LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_URL", "http://localhost:11434/v1")));
    assertTrue(noModel.getMessage().contains("VERDICT_LLM_MODEL"), noModel.getMessage());
    IllegalArgumentException badUrl = assertThrows(IllegalArgumentException.class,
        () -> LlmSettings.fromEnvironment(Map.of("VERDICT_LLM_URL", "localhost:11434", "VERDICT_LLM_MODEL", "m")));
    assertTrue(badUrl.getMessage().startsWith("VERDICT_LLM_URL"), badUrl.getMessage());
  }
}
