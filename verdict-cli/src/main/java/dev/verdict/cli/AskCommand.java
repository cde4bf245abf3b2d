package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.learn.ask.Answer;
import dev.verdict.learn.ask.AnswerRephraser;
import dev.verdict.learn.ask.AnswerText;
import dev.verdict.learn.ask.Assistant;
import dev.verdict.learn.ask.llm.LlmSettings;
import dev.verdict.learn.ask.llm.OpenAiRephraser;
import dev.verdict.learn.catalog.Course;
import dev.verdict.result.ResultJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verdict ask}: the course assistant, for one question or, without one, an interactive session
 * that reads questions from standard input until {@code quit} or end of input.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Ask the course assistant; it answers from the catalog's facts only, with course ids and the fields"
        + " that justify each pick (level, skills, effort, rating with its count).",
        "It recognises: \"best X course [for beginners|intermediate|advanced] [free] [on PROVIDER]\", \"compare X"
            + " courses\", \"A vs B\" (two courses by id or title, or two subjects), \"difference between machine"
            + " learning and deep learning\" or \"which should I learn first\", and goals (\"I want to become a data"
            + " engineer\"). Relevance ranks first; ratings break ties and are always shown (unrated courses marked)."
            + " When nothing in the catalog fits it says so; it never makes up a course.",
        "Without a question: an interactive session (one question per line; 'quit' or end of input ends it).",
        "An optional language model can reword the answers (off by default): an OpenAI-compatible endpoint such as"
            + " Ollama's, set with --llm-url and --llm-model or the variables VERDICT_LLM_URL, VERDICT_LLM_MODEL and"
            + " VERDICT_LLM_KEY. The facts stay the catalog's: a rewording that cites a course id or a rating the"
            + " answer does not is dropped, and the catalog's own answer and facts are always printed."})
final class AskCommand implements Callable<Integer> {
  static final String PROMPT = "ask> ";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @Parameters(arity = "0..*", paramLabel = "QUESTION",
      description = "the question, e.g. \"best python course for beginners\" (quotes optional); none: interactive")
  List<String> words;

  @Option(names = "--lexical", description = "search by words only, without loading the embedding model (faster start,"
      + " no match by meaning)")
  boolean lexical;

  @Option(names = "--json", description = "print each answer as JSON (intent, subject, text, picks with their fields,"
      + " compare view, notes)")
  boolean json;

  @Option(names = "--llm-url", paramLabel = "URL", description = "OpenAI-compatible endpoint to reword answers, e.g."
      + " http://localhost:11434/v1 (Ollama); default: $VERDICT_LLM_URL, else off")
  String llmUrl;

  @Option(names = "--llm-model", paramLabel = "NAME", description = "the model at --llm-url, e.g. llama3.2;"
      + " default: $VERDICT_LLM_MODEL")
  String llmModel;

  @Override
  public Integer call() {
    Logging.configure(false); // Lucene's notice about the incubating vector module is noise here
    String question = words == null ? "" : String.join(" ", words).strip();
    if (words != null && !words.isEmpty() && question.isEmpty()) {
      throw new BadInputException("The question is empty: ask e.g. \"best python course for beginners\", or run"
          + " 'verdict ask' without a question for a session.");
    }
    Optional<LlmSettings> llm = llmSettings(); // bad flags fail before the embedding model loads
    List<Course> catalog = home.courses();
    PrintWriter out = spec.commandLine().getOut();
    try (Assistant assistant = Assistant.of(catalog, !lexical);
        AnswerRephraser rephraser = llm.<AnswerRephraser>map(s -> new OpenAiRephraser(s, assistant.courseIds(),
            catalog.stream().collect(java.util.stream.Collectors.toMap(Course::id, Course::title)))).orElse(null)) {
      if (!question.isEmpty()) {
        out.print(render(assistant, rephraser, question));
        out.flush();
        return ExitCodes.OK;
      }
      return session(assistant, rephraser, catalog.size(), out);
    }
  }

  private int session(Assistant assistant, AnswerRephraser rephraser, int courses, PrintWriter out) {
    boolean console = System.console() != null;
    out.println(String.format(Locale.ROOT, "Ask about the course catalog (%d courses), one question per line;"
        + " 'quit' or end of input ends the session.", courses));
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      while (true) {
        if (console) {
          out.print(PROMPT);
          out.flush();
        }
        String line = in.readLine();
        if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
          return ExitCodes.OK;
        }
        if (line.isBlank()) {
          continue;
        }
        out.println();
        try {
          out.print(render(assistant, rephraser, line.strip()));
        } catch (RuntimeException e) {
          // one question that cannot be answered does not end the session
          out.println("Could not answer that question: " + e.getMessage());
        }
        out.println();
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the questions from standard input", e);
    }
  }

  private String render(Assistant assistant, AnswerRephraser rephraser, String question) {
    Answer answer = assistant.ask(question);
    if (rephraser != null) {
      Optional<String> reworded = rephraser.rephrase(answer);
      if (reworded.isPresent()) {
        answer = answer.withRephrased(reworded.get());
      }
    }
    if (json) {
      try {
        return ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer) + System.lineSeparator();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return AnswerText.render(answer, rephraser == null ? null : rephraser.name());
  }

  /** The language model that rewords answers, when the user set one up (flags first, then the environment). */
  private Optional<LlmSettings> llmSettings() {
    try {
      String url = llmUrl != null ? llmUrl : System.getenv(LlmSettings.URL_VARIABLE);
      if (url == null || url.isBlank()) {
        if (llmModel != null) {
          throw new BadInputException("--llm-model needs --llm-url (or " + LlmSettings.URL_VARIABLE + "), the endpoint"
              + " that serves it.");
        }
        return Optional.empty();
      }
      String model = llmModel != null ? llmModel : System.getenv(LlmSettings.MODEL_VARIABLE);
      if (model == null || model.isBlank()) {
        throw new BadInputException((llmUrl != null ? "--llm-url" : LlmSettings.URL_VARIABLE) + " needs a model: add"
            + " --llm-model NAME (or set " + LlmSettings.MODEL_VARIABLE + ").");
      }
      return Optional.of(new LlmSettings(url, model, System.getenv(LlmSettings.KEY_VARIABLE), null));
    } catch (IllegalArgumentException e) {
      throw new BadInputException((llmUrl != null ? "--llm-url: " : LlmSettings.URL_VARIABLE + ": ") + e.getMessage());
    }
  }
}
