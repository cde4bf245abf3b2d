package dev.verdict.learn.ask.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the optional rephrasing model runs: an OpenAI-compatible server (e.g. Ollama at
 * {@code http://localhost:11434/v1}), the model's name, an API key and how long to wait for a reply.
 * Nothing is rephrased unless such settings are given.
 *
 * @param baseUrl the server's OpenAI-compatible base URL, http or https, without a trailing slash
 * @param model the model's name, e.g. "llama3.2"
 * @param apiKey the API key; null or blank becomes {@value #NO_KEY} (Ollama ignores it)
 * @param timeout how long to wait for a reply; null becomes {@link #DEFAULT_TIMEOUT}
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout) {
  /** The environment variable naming the server's base URL; rephrasing is off while it is unset. */
  public static final String URL_VARIABLE = "VERDICT_LLM_URL";
  /** The environment variable naming the model; required when {@link #URL_VARIABLE} is set. */
  public static final String MODEL_VARIABLE = "VERDICT_LLM_MODEL";
  /** The environment variable holding the API key, if the server wants one. */
  public static final String KEY_VARIABLE = "VERDICT_LLM_KEY";
  /** The key sent when none is given. */
  public static final String NO_KEY = "none";
  /** How long to wait for a reply unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public LlmSettings {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("The language model's URL is missing, e.g. http://localhost:11434/v1");
    }
    baseUrl = baseUrl.strip();
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    requireHttpUrl(baseUrl);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("The language model's name is missing, e.g. llama3.2");
    }
    model = model.strip();
    apiKey = apiKey == null || apiKey.isBlank() ? NO_KEY : apiKey.strip();
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The language model's timeout must be positive, not " + timeout);
    }
  }

  /** A server that needs no key, with the default timeout. */
  public LlmSettings(String baseUrl, String model) {
    this(baseUrl, model, null, null);
  }

  /**
   * The settings in {@code VERDICT_LLM_URL}, {@code VERDICT_LLM_MODEL} and {@code VERDICT_LLM_KEY}, with the
   * default timeout; empty when {@code VERDICT_LLM_URL} is unset or blank.
   *
   * @param env the environment, e.g. {@code System.getenv()}
   * @throws IllegalArgumentException when the URL is not http(s), or is set without a model
   */
  public static Optional<LlmSettings> fromEnvironment(Map<String, String> env) {
    String url = env.get(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String model = env.get(MODEL_VARIABLE);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException(URL_VARIABLE + " is set but " + MODEL_VARIABLE
          + " is not: name the model to use, e.g. " + MODEL_VARIABLE + "=llama3.2");
    }
    try {
      return Optional.of(new LlmSettings(url, model, env.get(KEY_VARIABLE), null));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(URL_VARIABLE + ": " + e.getMessage(), e);
    }
  }

  /** The settings without the key. */
  @Override
  public String toString() {
    return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model
        + ", apiKey=" + (NO_KEY.equals(apiKey) ? NO_KEY : "***") + ", timeout=" + timeout + "]";
  }

  private static void requireHttpUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("The language model's URL is not a valid URL: " + url, e);
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "The language model's URL must be an http or https URL, e.g. http://localhost:11434/v1, not " + url);
    }
  }
}
