package dev.verdict.learn.ask;

import dev.verdict.learn.catalog.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a question to the assistant asks for, by rules over its words (no model): the
 * intent, the subject to search for, a level, "free", a provider named in it, and for "A vs B" the two
 * sides. Abbreviations the catalog spells out are spelled out first (ML, DL, CV, stats, maths, genAI, MLOps;
 * AI, NLP and LLM stay as the catalog's titles use them), and roles become their fields ("data
 * scientist" → "data science"). Questions
 * about machine learning and deep learning themselves ("difference", "which first", "ML vs DL") are
 * {@link Intent#CONCEPT}; "compare A and B" or "A vs B" is {@link Intent#VERSUS}; "compare X courses"
 * is {@link Intent#COMPARE}; a goal ("I want to become ...", "my goal is ...") is {@link Intent#GOAL};
 * anything else asks for the {@link Intent#BEST} courses on its subject.
 */
public final class QuestionParser {
  /**
   * A parsed question.
   *
   * @param intent what it asks for
   * @param subject the words to search for (empty when only filters were given); for concept questions
   *     {@link #CONCEPT_ML_DL} or {@link #CONCEPT_AI_ML}
   * @param level the level asked for, or null
   * @param freeOnly whether it asks for free courses
   * @param provider a provider of the catalog named in it ("on Coursera"), or null
   * @param left for VERSUS, the first side
   * @param right for VERSUS, the second side
   */
  public record Question(Intent intent, String subject, Level level, boolean freeOnly, String provider, String left,
      String right) {}

  private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();

  static {
    abbreviation("gen ?ai", "generative ai");
    abbreviation("ml ?ops", "mlops");
    abbreviation("ml", "machine learning");
    abbreviation("dl", "deep learning");
    abbreviation("cv", "computer vision");
    abbreviation("stats?", "statistics");
    abbreviation("maths?", "mathematics");
    abbreviation("py", "python");
  }

  /** A role names its field: "I want to become a data scientist" is about data science. */
  private static final Map<Pattern, String> ROLES = new LinkedHashMap<>();

  static {
    role("scientists?", "science");
    role("analysts?", "analytics");
    role("statisticians?", "statistics");
    role("(?:programmers?|coders?|software developers?)", "programming");
    role("engineers?", "engineering");
  }

  private static void role(String regex, String field) {
    ROLES.put(word(regex), field);
  }

  private static void abbreviation(String regex, String spelled) {
    ABBREVIATIONS.put(word(regex), spelled);
  }

  /** The regex as whole words: not inside a hyphenated token such as a course id ("kaggle-intro-ml"). */
  private static Pattern word(String regex) {
    return Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w-])");
  }

  private static final String ML = "(?:classical |traditional |classic )?machine learning|classical ml";
  private static final String DL = "deep learning|neural networks?";
  private static final Pattern CONCEPT_PAIR = Pattern.compile(
      "(?:" + ML + ").*(?:" + DL + ")|(?:" + DL + ").*(?:" + ML + ")");
  private static final Pattern CONCEPT_CUE = Pattern.compile(
      "\\b(?:differen\\w*|vs\\.?|versus|or|before|after|first|which|between|compared?|should|start|begin|"
          + "relat\\w*|what|part|subset|same|kind|type|why|when)\\b");
  private static final String AI = "\\bai\\b|artificial intelligence";
  private static final Pattern AI_PAIR = Pattern.compile(
      "(?:" + AI + ").*(?:" + ML + ")|(?:" + ML + ").*(?:" + AI + ")");
  private static final Pattern WHAT_IS = Pattern.compile(
      "^(?:what(?: i|')s|explain|define)\\s+(?:" + ML + "|" + DL + ")$");
  private static final Pattern VERSUS = Pattern.compile("^(.+?)\\s+(?:vs\\.?|versus)\\s+(.+)$");
  private static final Pattern COMPARE_TWO = Pattern.compile(
      "\\b(?:compare|comparison of|differences? between)\\s+(.+?)\\s+(?:and|with|to|against|or)\\s+(.+)$");
  private static final Pattern COMPARE = Pattern.compile("\\b(?:compare|comparison|comparing)\\b");
  private static final Pattern GOAL = Pattern.compile(
      "\\b(?:my goal(?: is)?(?: to)?|goal:|(?:i )?(?:want|would like|'d like|wish|hope|plan|need) to|i'm trying to|"
          + "i am trying to|how (?:do|can) i|how to|career (?:in|as)|path to|(?:get|land) a job (?:in|as)|"
          + "to become|become an?)\\b");
  private static final Pattern BEGINNER = word(
      "(?:for )?(?:(?:complete|absolute|total) )?(?:beginners?|novices?|newbies?|starters?|"
          + "introductory|intro|from scratch|no (?:\\w+ )?experience|first steps?|starting out|basics|non-programm\\w*)");
  private static final Pattern INTERMEDIATE = word("(?:for )?intermediate(?: learners| level)?");
  private static final Pattern ADVANCED = word("(?:for )?(?:advanced|experts?|experienced)(?: learners| level)?");
  private static final Pattern FREE = word("(?:for )?(?:free|no cost|without paying|costs? nothing)");
  /** Where a goal's clause ends: "a data scientist, I know python already". */
  private static final Pattern CLAUSE_END = Pattern.compile(" , | but | and i | i (?:know|have|already|am|'m) ");
  /** Words of a goal that say nothing about the subject. */
  private static final Pattern GOAL_FILLER = Pattern.compile(
      "\\b(?:use|using|apply|applying|job|jobs|career|work|role|position|daily|everyday|day-to-day|professional|"
          + "skills?|field|industry|company|team)\\b");

  /** Words that ask, not say what about; removed from the subject. */
  private static final Pattern FILLER = word(
      "(?:i'm|i am|i've|i'd|i'll|we're|you're|it's|that's|what(?:'s| is| are)?|which(?: is| are)?|who|where|can you|could you|please|recommend(?:ed|ation|ations)?|"
          + "suggest(?:ion|ions)?|show me|give me|find me|find|list|tell me|is there|are there|i want|i need|"
          + "i'm looking|i am looking|looking|search|me|best|top|good|great|nice|decent|excellent|greatest|"
          + "highest rated|highly rated|top rated|popular|most|the|a|an|some|any|few|course|courses|class|"
          + "classes|tutorials?|mooc|moocs|programs?|certificates?|certifications?|online|learn|learning about|"
          + "study|studying|to|for|on|about|in|of|with|into|my|i|you|should|take|do|get|started|started with|"
          + "start|starting|level|compare|comparison|comparing|them|ones?|options?|resources?)");

  /** The subject of a concept question about machine learning and deep learning. */
  public static final String CONCEPT_ML_DL = "machine learning vs deep learning";
  /** The subject of a concept question about artificial intelligence and machine learning. */
  public static final String CONCEPT_AI_ML = "artificial intelligence vs machine learning";

  /** Each provider with its pattern ("on|from|by|at PROVIDER"), longest name first. */
  private final Map<String, Pattern> providers = new LinkedHashMap<>();

  /** @param providers the catalog's providers, so "on Coursera" becomes a provider filter */
  public QuestionParser(Collection<String> providers) {
    providers.stream().filter(p -> p != null && !p.isBlank()).distinct()
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .forEach(p -> this.providers.put(p, Pattern.compile("\\b(?:on|from|by|at)\\s+"
            + Pattern.quote(p.toLowerCase(Locale.ROOT)) + "(?![\\w-])")));
  }

  /** The intent, subject and filters of a question. */
  public Question parse(String question) {
    String text = clean(question);
    // providers before abbreviations: "Made With ML" is a provider, not "made with machine learning"
    String provider = null;
    for (var p : providers.entrySet()) {
      Matcher m = p.getValue().matcher(text);
      if (m.find()) {
        provider = p.getKey();
        text = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        break;
      }
    }
    text = expand(text);
    Level level = level(text);
    boolean free = FREE.matcher(text).find();
    if (isConcept(text)) {
      return new Question(Intent.CONCEPT, CONCEPT_ML_DL, level, free, provider, null, null);
    }
    if (isConcept(text.replaceAll(AI, "deep learning")) && AI_PAIR.matcher(text).find()) {
      return new Question(Intent.CONCEPT, CONCEPT_AI_ML, level, free, provider, null, null);
    }
    String stripped = removeQualifiers(text);
    Matcher two = COMPARE_TWO.matcher(stripped);
    Matcher vs = VERSUS.matcher(stripped);
    boolean isTwo = two.find();
    if (isTwo || vs.matches()) {
      Matcher m = isTwo ? two : vs;
      String left = subject(m.group(1));
      String right = subject(m.group(2));
      if (!left.isEmpty() && !right.isEmpty()) {
        return new Question(Intent.VERSUS, left + " vs " + right, level, free, provider, left, right);
      }
    }
    if (COMPARE.matcher(text).find()) {
      return new Question(Intent.COMPARE, subject(stripped), level, free, provider, null, null);
    }
    Matcher goal = GOAL.matcher(stripped);
    if (goal.find()) {
      String rest = stripped.substring(goal.end()) + " ";
      rest = CLAUSE_END.split(rest, 2)[0];
      rest = rest.replaceFirst("^\\s*(?:become|be|work|working|get into|move into|break into|switch to|build|"
          + "make|do|learn|master|understand)\\b", "");
      rest = GOAL_FILLER.matcher(rest).replaceAll(" ");
      return new Question(Intent.GOAL, subject(rest), level, free, provider, null, null);
    }
    return new Question(Intent.BEST, subject(stripped), level, free, provider, null, null);
  }

  /**
   * Lower case; punctuation other than inner apostrophes, dots and hyphens removed (a comma or
   * semicolon stays as " , ", where a goal's clause ends); a repeated "vs" once.
   */
  private static String clean(String question) {
    String text = question == null ? "" : question.toLowerCase(Locale.ROOT).strip();
    text = text.replaceAll("[,;]+", " , ").replaceAll("[?!:()\"]+", " ").replaceAll("\\.(?=\\s|$)", " ");
    text = text.replaceAll("\\b(?:vs\\.?|versus)(?:\\s+(?:vs\\.?|versus))+(?=\\s|$)", "vs");
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String expand(String text) {
    for (var e : ABBREVIATIONS.entrySet()) {
      text = e.getKey().matcher(text).replaceAll(e.getValue());
    }
    for (var e : ROLES.entrySet()) {
      text = e.getKey().matcher(text).replaceAll(e.getValue());
    }
    return text;
  }

  private static boolean isConcept(String text) {
    if (WHAT_IS.matcher(text).matches()) {
      return true;
    }
    // "machine learning ... deep learning" with a cue, or without asking for courses
    return CONCEPT_PAIR.matcher(text).find()
        && (CONCEPT_CUE.matcher(text).find() || !text.matches(".*\\bcourses?\\b.*"))
        && !(COMPARE.matcher(text).find() && text.matches(".*\\bcourses?\\b.*"));
  }

  private static Level level(String text) {
    if (BEGINNER.matcher(text).find()) {
      return Level.BEGINNER;
    }
    if (INTERMEDIATE.matcher(text).find()) {
      return Level.INTERMEDIATE;
    }
    if (ADVANCED.matcher(text).find()) {
      return Level.ADVANCED;
    }
    return null;
  }

  private static String removeQualifiers(String text) {
    for (Pattern p : List.of(BEGINNER, INTERMEDIATE, ADVANCED, FREE)) {
      text = p.matcher(text).replaceAll(" ");
    }
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The words that say what about: the question's words without the ones that only ask (and, or, commas). */
  static String subject(String text) {
    String words = FILLER.matcher(text).replaceAll(" ");
    List<String> kept = new ArrayList<>();
    for (String w : words.split("\\s+")) {
      if (!w.isBlank() && !w.equals("and") && !w.equals("or") && !w.equals(",") && !w.startsWith("'")) {
        kept.add(w);
      }
    }
    return String.join(" ", kept);
  }
}
