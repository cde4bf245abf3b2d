package dev.verdict.learn.ask.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.verdict.learn.ask.Answer;
import dev.verdict.learn.ask.AnswerRephraser;
import dev.verdict.learn.ask.CompareView;
import dev.verdict.learn.ask.Pick;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords an answer with a language model behind an OpenAI-compatible chat API (Ollama, llama.cpp's server,
 * vLLM, OpenAI...), through LangChain4j's {@link OpenAiChatModel}. The model sees only the question, the
 * answer's text and its picks' fields, and its reply is kept only when it is {@linkplain #grounded grounded}:
 * it cites no course the answer does not, and no decimal number (a rating) the facts do not hold. Otherwise,
 * when the answer has no picks, or when the server fails, times out or says nothing, {@link #rephrase}
 * returns empty and the catalog's own text stands.
 */
public final class OpenAiRephraser implements AnswerRephraser {
  /** The longest rephrasing asked for, in words. */
  static final int MAX_WORDS = 120;

  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

  private final LlmSettings settings;
  private final Set<String> catalogIds;
  private final Map<String, String> titles;
  private final ChatModel model;

  /**
   * A rephraser talking to the server in {@code settings} (nothing is sent until {@link #rephrase}).
   *
   * @param settings the server, model, key and timeout
   * @param catalogIds the id of every course in the catalog: a reply naming one the answer does not cite is
   *     refused
   */
  public OpenAiRephraser(LlmSettings settings, Set<String> catalogIds) {
    this(settings, catalogIds, Map.of());
  }

  /**
   * As {@link #OpenAiRephraser(LlmSettings, Set)}, also refusing a reply that names the title of a course the
   * answer does not cite.
   *
   * @param titles each catalog course's title by id
   */
  public OpenAiRephraser(LlmSettings settings, Set<String> catalogIds, Map<String, String> titles) {
    this.settings = settings;
    this.catalogIds = Set.copyOf(catalogIds);
    this.titles = Map.copyOf(titles);
    this.model = OpenAiChatModel.builder()
        .baseUrl(settings.baseUrl())
        .apiKey(settings.apiKey())
        .modelName(settings.model())
        .timeout(settings.timeout())
        .temperature(0.0)
        .maxRetries(0)
        .logRequests(false)
        .logResponses(false)
        .build();
  }

  /** The model and where it runs, e.g. "llama3.2 at http://localhost:11434/v1". */
  @Override
  public String name() {
    return settings.model() + " at " + settings.baseUrl();
  }

  /**
   * The answer's text reworded by the model, or empty when the answer has no picks (nothing is sent), the call
   * fails or times out, the reply is blank, or the reply is not grounded in the answer. Never throws for a
   * failing server.
   */
  @Override
  public Optional<String> rephrase(Answer answer) {
    if (answer.picks().isEmpty()) {
      return Optional.empty();
    }
    String reply;
    try {
      ChatResponse response = model.chat(SystemMessage.from(systemPrompt(answer)), UserMessage.from(facts(answer)));
      AiMessage message = response == null ? null : response.aiMessage();
      reply = message == null ? null : message.text();
    } catch (RuntimeException e) {
      // unreachable server, HTTP error, timeout, malformed reply: the catalog's text stands
      return Optional.empty();
    }
    if (reply == null) {
      return Optional.empty();
    }
    reply = THINKING.matcher(reply).replaceAll("").strip();
    if (reply.isEmpty() || !grounded(reply, answer, catalogIds) || namesAnotherTitle(reply, answer, titles)) {
      return Optional.empty();
    }
    return Optional.of(reply);
  }

  /** The instructions: reword, briefly, from the given facts only, citing courses by their bracketed ids. */
  static String systemPrompt(Answer answer) {
    String example = answer.citedIds().isEmpty() ? "cs50p" : answer.citedIds().get(0);
    return "You reword a course assistant's answer to the user's question, in at most " + MAX_WORDS
        + " words of plain prose. Use only the facts given: do not add any course, provider, rating, duration or"
        + " other fact, and do not give advice the facts do not support. Refer to courses only by the ids given"
        + " in square brackets, written exactly like [" + example + "]; put nothing else in square brackets and"
        + " do not use links or markdown. Keep every number exactly as given. Reply with the reworded answer only.";
  }

  /** What the model is told: the question, the answer's text, and one line per pick with its fields. */
  static String facts(Answer answer) {
    StringBuilder out = new StringBuilder();
    out.append("Question: ").append(answer.question()).append('\n');
    out.append("Answer: ").append(answer.text()).append('\n');
    out.append("Courses:\n");
    for (Pick p : answer.picks()) {
      out.append('[').append(p.courseId()).append("] title: ").append(orUnknown(p.title()))
          .append("; provider: ").append(orUnknown(p.provider()))
          .append("; level: ").append(orUnknown(p.level()))
          .append("; effort: ").append(orUnknown(p.effort()))
          .append("; rating: ").append(orUnknown(p.rating()))
          .append("; role: ").append(orUnknown(p.role()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Whether a reply stays within the answer's facts: every token in square brackets (a bracket may list several,
   * separated by commas) is a course the answer cites; no other course of the catalog appears as a whole word
   * (ignoring case); and every decimal number (such as a rating, 9.8) occurs in the facts the model was given.
   *
   * @param reply the model's reply
   * @param answer the answer it rewords
   * @param catalogIds every course id in the catalog
   */
  static boolean grounded(String reply, Answer answer, Set<String> catalogIds) {
    Set<String> cited = new HashSet<>();
    answer.citedIds().forEach(id -> cited.add(id.toLowerCase(Locale.ROOT)));
    Matcher bracket = BRACKETED.matcher(reply);
    while (bracket.find()) {
      String inside = bracket.group(1).strip();
      if (inside.isEmpty()) {
        return false;
      }
      for (String token : inside.split("\\s*[,;]\\s*")) {
        if (!cited.contains(token.strip().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    String lower = reply.toLowerCase(Locale.ROOT);
    for (String id : catalogIds) {
      String key = id.toLowerCase(Locale.ROOT);
      if (!cited.contains(key) && containsWord(lower, key)) {
        return false;
      }
    }
    Set<String> knownDecimals = decimals(facts(answer));
    Matcher decimal = DECIMAL.matcher(reply);
    while (decimal.find()) {
      if (!knownDecimals.contains(decimal.group())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the reply names the title of a catalog course the answer does not cite (ignoring case). */
  static boolean namesAnotherTitle(String reply, Answer answer, Map<String, String> titles) {
    String lower = reply.toLowerCase(Locale.ROOT);
    Set<String> cited = new HashSet<>(answer.citedIds());
    return titles.entrySet().stream().anyMatch(e -> !cited.contains(e.getKey()) && e.getValue() != null
        && !e.getValue().isBlank() && lower.contains(e.getValue().toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code word} occurs in {@code text} not as part of a longer id (letters, digits, '_', '-', inner '.'). */
  private static boolean containsWord(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      boolean startsWord = at == 0 || !(isIdChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
      // a full stop ends a sentence, not the id, unless an id character follows it
      boolean endsWord = end == text.length() || !(isIdChar(text.charAt(end))
          || (text.charAt(end) == '.' && end + 1 < text.length() && isIdChar(text.charAt(end + 1))));
      if (startsWord && endsWord) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isIdChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static Set<String> decimals(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = DECIMAL.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? CompareView.UNKNOWN : value;
  }
}
