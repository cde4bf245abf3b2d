package dev.verdict.learn.ask;

import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.catalog.Level;
import dev.verdict.learn.rating.FairRating;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import dev.verdict.learn.search.CourseIndex;
import dev.verdict.learn.search.SearchFilter;
import dev.verdict.learn.search.SearchHit;
import dev.verdict.learn.suggest.CatalogCourseSuggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers questions about the course catalog from its facts only: "best python course for beginners",
 * "compare data science courses", "CS50P vs Python for Everybody", "should I learn machine learning
 * before deep learning?", "I want to become a data engineer". The question's intent and subject come
 * from {@link QuestionParser}; courses are found with the catalog's search ({@link CourseIndex}: words
 * and, when built hybrid, meaning) and ranked by <b>relevance first</b>: whether every word of the
 * subject is in the course's record, then how many are in the fields that name what it is (title,
 * topics, skills, provider; see {@link Relevance}). Ratings only break ties among equally relevant
 * courses (fair rating, rated before unrated), then the search's rank. A course that matches neither
 * every word nor by meaning is not an answer: when none is left, the answer says so and cites nothing.
 */
public final class Assistant implements AutoCloseable {
  /** Courses a BEST answer lists. */
  public static final int BEST_PICKS = 5;
  /** Courses a COMPARE answer puts side by side. */
  public static final int COMPARE_PICKS = 4;
  /** Courses per branch in a CONCEPT answer. */
  public static final int CONCEPT_PICKS = 3;
  /** The most different words of a subject searched for (the rest are dropped, with a note). */
  static final int MAX_TERMS = 64;
  /** Steps of a GOAL answer's path. */
  public static final int GOAL_PICKS = 3;

  static final String CONCEPT_TEXT = """
      Classical machine learning is algorithms that learn patterns from data, such as decision trees, \
      random forests, gradient boosting, SVMs and linear models. Deep learning is the subset of machine \
      learning that uses neural networks with many layers, such as CNNs, RNNs and Transformers. Each tends \
      to fit different data: tables and small datasets favour classical ML; images, text and speech favour \
      deep learning. Learn the machine-learning fundamentals first (supervised and unsupervised learning, \
      evaluation metrics, feature engineering): they make deep learning easier, and Verdict can tell you \
      which family wins on your own data.""";

  static final String AI_TEXT = """
      Artificial intelligence is the broad aim of machines doing tasks that need intelligence; machine \
      learning is the part of AI that learns those tasks from data instead of following hand-written rules.""";

  /** Topics of the courses on AI in general. */
  private static final Set<String> AI_TOPICS = Set.of("artificial intelligence", "ai literacy");
  private static final Map<String, String> BRANCHES = Map.of("ai", "AI in general", "classical",
      "machine-learning fundamentals", "deep", "deep learning");

  private final Map<String, RatedCourse> courses = new LinkedHashMap<>();
  private final CourseIndex index;
  private final QuestionParser parser;
  private final Relevance relevance = new Relevance();

  private Assistant(List<Course> catalog, CourseIndex index) {
    FairRatings.rate(catalog).forEach(c -> courses.put(c.course().id(), c));
    this.index = index;
    this.parser = new QuestionParser(catalog.stream().map(Course::provider).toList());
  }

  /**
   * An assistant over these courses. {@code byMeaning}: search also by meaning (sentence embeddings; a
   * few seconds to load once per process), else by words only.
   */
  public static Assistant of(List<Course> catalog, boolean byMeaning) {
    return new Assistant(catalog, byMeaning ? CourseIndex.hybrid(catalog) : CourseIndex.of(catalog));
  }

  /** Every catalog id, for checking that answers cite only these. */
  public Set<String> courseIds() {
    return Collections.unmodifiableSet(courses.keySet());
  }

  /** Answers one question. Blank questions are an {@link IllegalArgumentException}. */
  public Answer ask(String question) {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("Ask a question, e.g. \"best python course for beginners\"");
    }
    Optional<RatedCourse> exact = exactly(question);
    if (exact.isPresent()) {
      Found f = new Found(exact.get(), null, null, "named");
      return new Answer(question, Intent.BEST, exact.get().course().id(), null, "The course you named: " + cite(f) + ".",
          List.of(pick(f, "named")), null, List.of(), null);
    }
    QuestionParser.Question q = parser.parse(question);
    if (relevance.terms(q.subject()).isEmpty() && !q.subject().isBlank()) {
      // only words the search ignores ("the", ".*"): no subject
      q = new QuestionParser.Question(q.intent(), "", q.level(), q.freeOnly(), q.provider(), q.left(), q.right());
    }
    if (q.intent() != Intent.CONCEPT && q.intent() != Intent.VERSUS && q.subject().isBlank() && q.level() == null
        && !q.freeOnly() && q.provider() == null && !RATING_WORDS.matcher(question.toLowerCase(Locale.ROOT)).find()) {
      return new Answer(question, q.intent(), q.subject(), null, "The question names no subject. " + EXAMPLES + " "
          + covered(), List.of(), null, List.of(), null);
    }
    return switch (q.intent()) {
      case CONCEPT -> concept(question, q);
      case VERSUS -> versus(question, q);
      case COMPARE -> compare(question, q);
      case GOAL -> goal(question, q);
      case BEST -> best(question, q);
    };
  }

  // ---- intents ----

  /** The most relevant courses at the question's level (at most a limit) and how many match in all. */
  private record Ranked(List<Found> top, int matching) {}

  private Ranked ranked(QuestionParser.Question q, List<String> notes, int limit) {
    List<Found> found = leveled(find(q, notes), q.level(), notes);
    List<Found> top = found.subList(0, Math.min(limit, found.size()));
    noteUnknownLevels(top, q, notes);
    return new Ranked(top, found.size());
  }

  private Answer best(String question, QuestionParser.Question q) {
    List<String> notes = new ArrayList<>();
    Ranked ranked = ranked(q, notes, BEST_PICKS);
    if (ranked.top().isEmpty()) {
      return nothing(question, q, notes);
    }
    List<Found> top = ranked.top();
    int matching = ranked.matching();
    List<Pick> picks = top.stream().map(f -> pick(f, f == top.get(0) ? "best match" : "also fits")).toList();
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%s for %s%s: %s. ", matching == 1 ? "The one course" : "Best match",
        describe(q), matching > 1 ? String.format(Locale.ROOT, " (%d matching courses)", matching) : "",
        cite(top.get(0))));
    if (top.size() > 1) {
      text.append("Also: ").append(top.subList(1, top.size()).stream().map(f -> "[" + f.id() + "]").collect(Collectors.joining(", ")))
          .append(". ");
    }
    text.append(q.subject().isBlank() ? "No subject named, so ranked by fair rating (unrated courses last)." : RANKING_NOTE);
    return new Answer(question, Intent.BEST, q.subject(), label(q.level()), text.toString().strip(), picks, null, notes,
        null);
  }

  /** Words that ask for the best rated courses when no subject is named ("best course", "top rated courses"). */
  private static final Pattern RATING_WORDS = Pattern.compile("\\b(?:best|top|highest|rated)\\b");
  static final String EXAMPLES = "Ask about a subject, e.g. \"best python course for beginners\", \"compare data science"
      + " courses\", \"should I learn machine learning before deep learning?\" or \"I want to become a data engineer\".";

  private static final String RANKING_NOTE = "Ranked by relevance to your words; ratings only break ties.";

  private Answer compare(String question, QuestionParser.Question q) {
    List<String> notes = new ArrayList<>();
    Ranked ranked = ranked(q, notes, COMPARE_PICKS);
    if (ranked.top().isEmpty()) {
      return nothing(question, q, notes);
    }
    if (ranked.top().size() == 1) {
      return best(question, q); // nothing to compare it with
    }
    List<Found> top = ranked.top();
    if (ranked.matching() > top.size()) {
      notes.add(String.format(Locale.ROOT, "%d more courses match; the %d most relevant are compared.",
          ranked.matching() - top.size(), top.size()));
    }
    CompareView view = CompareViews.of(top.stream().map(Found::rated).toList());
    String text = String.format(Locale.ROOT, "The %d most relevant courses for %s, side by side: %s. %s", top.size(), describe(q),
        top.stream().map(f -> "[" + f.id() + "]").collect(Collectors.joining(", ")), RANKING_NOTE);
    return new Answer(question, Intent.COMPARE, q.subject(), label(q.level()), text.strip(),
        top.stream().map(f -> pick(f, "compared")).toList(), view, notes, null);
  }

  private Answer versus(String question, QuestionParser.Question q) {
    String leftProvider = providerNamed(q.left());
    String rightProvider = providerNamed(q.right());
    if (leftProvider != null && rightProvider != null && !leftProvider.equals(rightProvider)) {
      return providers(question, q, List.of(leftProvider, rightProvider));
    }
    List<String> notes = new ArrayList<>();
    List<Found> sides = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String side : List.of(q.left(), q.right())) {
      Optional<Found> byName = named(side);
      if (byName.isPresent() && sides.stream().anyMatch(s -> s.id().equals(byName.get().id()))) {
        continue;
      }
      Optional<Found> f = byName.or(() -> {
        List<Found> best = leveled(find(new QuestionParser.Question(Intent.BEST, side, q.level(), q.freeOnly(), q.provider(),
            null, null), new ArrayList<>()), q.level(), new ArrayList<>());
        return best.stream().filter(b -> sides.stream().noneMatch(s -> s.id().equals(b.id()))).findFirst()
            .map(b -> b.withRole("best for '" + side + "'"));
      });
      f.ifPresentOrElse(sides::add, () -> missing.add(side));
    }
    if (!missing.isEmpty()) {
      notes.add("Nothing in the catalog matches " + missing.stream().map(m -> "'" + m + "'").collect(Collectors.joining(" or ")) + ".");
    }
    if (sides.isEmpty()) {
      return nothing(question, q, notes);
    }
    CompareView view = CompareViews.of(sides.stream().map(Found::rated).toList());
    String text = sides.size() == 2
        ? String.format(Locale.ROOT, "%s vs %s, side by side.", cite(sides.get(0)), cite(sides.get(1)))
        : String.format(Locale.ROOT, missing.isEmpty() ? "Both sides name the same course: %s." : "Only one side is in the catalog: %s.",
            cite(sides.get(0)));
    return new Answer(question, Intent.VERSUS, q.subject(), label(q.level()), text.strip(),
        sides.stream().map(f -> pick(f, f.role())).toList(), sides.size() == 2 ? view : null, notes, null);
  }

  /**
   * "Coursera vs edX": what the catalog holds from each provider (courses, known free, levels, ratings)
   * and each one's best rated course side by side. The catalog rates courses, not platforms, so the
   * answer says what it counts rather than which provider is better.
   */
  private Answer providers(String question, QuestionParser.Question q, List<String> names) {
    List<Found> best = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (String name : names) {
      List<RatedCourse> own = courses.values().stream()
          .filter(c -> name.equals(c.course().provider()))
          .filter(c -> q.level() == null || c.course().level() == q.level())
          .filter(c -> !q.freeOnly() || Boolean.TRUE.equals(c.course().free()))
          .sorted(RatedCourse.BY_RATING)
          .toList();
      if (own.isEmpty()) {
        summaries.add("no " + (q.level() == null ? "" : q.level().label() + " ") + "course" + (q.freeOnly() ? " known to be free" : "")
            + " from " + name);
        continue;
      }
      long free = own.stream().filter(c -> Boolean.TRUE.equals(c.course().free())).count();
      long rated = own.stream().filter(c -> c.rating().isPresent()).count();
      List<String> levels = new ArrayList<>();
      for (Level level : Level.values()) {
        long k = own.stream().filter(c -> c.course().level() == level).count();
        if (k > 0) {
          levels.add(k + " " + level.label());
        }
      }
      long unknown = own.stream().filter(c -> c.course().level() == null).count();
      if (unknown > 0) {
        levels.add(unknown + " of unknown level");
      }
      Found top = new Found(own.get(0), null, null, rated > 0 ? "best rated from " + name : "from " + name + " (none rated)");
      best.add(top);
      summaries.add(String.format(Locale.ROOT, "%d %s from %s (%d known to be free; %s; %d rated%s)", own.size(),
          own.size() == 1 ? "course" : "courses", name, free, String.join(", ", levels), rated, rated > 0 ? ", the best " + cite(top) : ""));
    }
    String text = names.get(0) + " vs " + names.get(1) + " in the catalog: " + String.join("; ", summaries) + "."
        + (best.size() == 2 ? " Side by side: each one's best rated course." : "")
        + " The catalog rates courses, not platforms; price, certificate and level are per course.";
    return new Answer(question, Intent.VERSUS, q.subject(), label(q.level()), text, best.stream().map(f -> pick(f, f.role())).toList(),
        best.size() == 2 ? CompareViews.of(best.stream().map(Found::rated).toList()) : null, List.of(), null);
  }

  /** The catalog's provider that {@code text} names, ignoring case, spaces and punctuation ("edx", "fast ai"), or null. */
  private String providerNamed(String text) {
    String wanted = letters(text);
    return wanted.isEmpty() ? null : courses.values().stream().map(c -> c.course().provider()).filter(Objects::nonNull)
        .filter(p -> letters(p).equals(wanted)).findFirst().orElse(null);
  }

  private static String letters(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private Answer concept(String question, QuestionParser.Question q) {
    List<Pick> picks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean ai = QuestionParser.CONCEPT_AI_ML.equals(q.subject());
    StringBuilder text = new StringBuilder(ai ? AI_TEXT + " " + CONCEPT_TEXT : CONCEPT_TEXT);
    for (String approach : ai ? List.of("ai", "classical") : List.of("classical", "deep")) {
      List<RatedCourse> branch = courses.values().stream()
          .filter(c -> approach.equals("ai") ? c.course().topics().stream().anyMatch(AI_TOPICS::contains)
              : CatalogCourseSuggestions.fits(c.course(), approach))
          .filter(c -> q.level() == null || c.course().level() == q.level())
          .filter(c -> new SearchFilter(null, null, q.provider(), q.freeOnly()).matches(c.course()))
          .sorted(Comparator.comparingInt((RatedCourse c) -> levelOrder(c.course().level()))
              .thenComparing(c -> !CatalogCourseSuggestions.primaryTopic(c.course(), approach))
              .thenComparing(RatedCourse.BY_RATING))
          .limit(CONCEPT_PICKS)
          .toList();
      String name = BRANCHES.get(approach);
      if (branch.isEmpty()) {
        notes.add("The catalog has no " + (q.level() == null ? "" : q.level().label() + " ") + "course on " + name
            + (q.freeOnly() ? " known to be free" : "") + (q.provider() == null ? "" : " from " + q.provider()) + ".");
        continue;
      }
      branch.forEach(c -> picks.add(pick(new Found(c, null, null, name), name)));
      text.append(picks.size() == branch.size() ? " To start with " + name + ": " : " Then, for " + name + ": ")
          .append(branch.stream().map(c -> "[" + c.course().id() + "]").collect(Collectors.joining(", "))).append('.');
    }
    return new Answer(question, Intent.CONCEPT, q.subject(), label(q.level()), text.toString(), picks, null, notes, null);
  }

  private Answer goal(String question, QuestionParser.Question q) {
    List<String> notes = new ArrayList<>();
    List<Found> found = new ArrayList<>(find(q, notes));
    if (q.level() != null) {
      // from where the learner stands: courses at their level first, then unknown levels, then the rest
      found.sort(Comparator.comparingInt((Found f) -> f.course().level() == q.level() ? 0 : f.course().level() == null ? 1 : 2));
    }
    if (found.isEmpty()) {
      return nothing(question, q, notes);
    }
    // a path: the most relevant courses, ordered by level, beginner first (a course of unknown level goes
    // with the intermediate ones)
    List<Found> steps = new ArrayList<>(found.subList(0, Math.min(GOAL_PICKS, found.size())));
    steps.sort(Comparator.comparingInt((Found f) -> f.course().level() == null ? Level.INTERMEDIATE.ordinal() : f.course().level().ordinal()));
    List<Pick> picks = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Level level = steps.get(i).course().level();
      picks.add(pick(steps.get(i), "step " + (i + 1) + " (" + (level == null ? "level unknown" : level.label()) + ")"));
    }
    String text = String.format(Locale.ROOT, "A path towards %s, from the catalog: %s. %s", describe(q),
        steps.stream().map(this::cite).collect(Collectors.joining(", then ")),
        "The most relevant courses, easiest level first; check each one's prerequisites before you start.");
    return new Answer(question, Intent.GOAL, q.subject(), label(q.level()), text, picks, null, notes, null);
  }

  /** The answer when nothing fits: it says so, names what the catalog does cover, and cites no course. */
  private Answer nothing(String question, QuestionParser.Question q, List<String> notes) {
    String text = String.format(Locale.ROOT, "No course in the catalog matches %s, so there is nothing to recommend"
        + " (no course is ever made up). %s", describe(q), covered());
    return new Answer(question, q.intent(), q.subject(), label(q.level()), text, List.of(), null, notes, null);
  }

  /** The catalog's commonest topics, and where to see every course. */
  private String covered() {
    Map<String, Long> topics = courses.values().stream().flatMap(c -> c.course().topics().stream())
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return "The catalog covers: " + topics.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12).map(Map.Entry::getKey).collect(Collectors.joining(", ")) + ". `verdict courses list` shows every course.";
  }

  // ---- retrieval and ranking ----

  /** A course that fits, with what made it fit. */
  record Found(RatedCourse rated, SearchHit hit, Relevance.Coverage coverage, String role) {
    String id() {
      return rated.course().id();
    }

    Course course() {
      return rated.course();
    }

    Found withRole(String role) {
      return new Found(rated, hit, coverage, role);
    }
  }

  /**
   * The courses that fit the subject (and the free and provider filters), most relevant first. With an
   * empty subject, every course passing the filters, best rated first.
   */
  private List<Found> find(QuestionParser.Question q, List<String> notes) {
    SearchFilter filter = new SearchFilter(null, null, q.provider(), q.freeOnly());
    if (q.freeOnly()) {
      notes.add("Only courses the catalog knows to be free.");
    }
    if (q.provider() != null) {
      notes.add("Only courses from " + q.provider() + ".");
    }
    List<String> terms = relevance.terms(q.subject());
    if (terms.isEmpty()) {
      return courses.values().stream().filter(c -> filter.matches(c.course())).sorted(RatedCourse.BY_RATING)
          .map(c -> new Found(c, null, null, null)).toList();
    }
    if (terms.size() > MAX_TERMS) {
      terms = terms.subList(0, MAX_TERMS);
      notes.add("Only the first " + MAX_TERMS + " different words of the question were searched for.");
    }
    // each word once (the search's clause limit), and no more than MAX_TERMS of them
    String searched = String.join(" ", java.util.Arrays.stream(q.subject().split("\\s+")).distinct().limit(MAX_TERMS).toList());
    List<SearchHit> hits = index.search(searched, filter, Math.max(1, courses.size())).hits();
    List<Found> found = new ArrayList<>();
    for (SearchHit hit : hits) {
      RatedCourse c = courses.get(hit.courseId());
      Relevance.Coverage coverage = relevance.of(terms, c.course());
      if (coverage.everyTerm() || hit.semanticRank().isPresent()) {
        found.add(new Found(c, hit, coverage, null));
      }
    }
    found.sort(Comparator.comparing((Found f) -> !f.coverage().everyTerm())
        .thenComparing(f -> !f.coverage().primary())
        .thenComparing(Comparator.comparingDouble((Found f) -> f.coverage().score()).reversed())
        .thenComparing(Found::rated, RatedCourse.BY_RATING_ONLY)
        .thenComparingInt(f -> f.hit().rank()));
    return found;
  }

  /**
   * The courses at the level asked for, then those whose level the catalog does not know (noted); when
   * neither exists, all of them, nearest level first, with a note.
   */
  private static List<Found> leveled(List<Found> found, Level level, List<String> notes) {
    if (level == null || found.isEmpty()) {
      return found;
    }
    List<Found> at = found.stream().filter(f -> f.course().level() == level).toList();
    if (!at.isEmpty()) {
      List<Found> out = new ArrayList<>(at);
      found.stream().filter(f -> f.course().level() == null).forEach(out::add);
      return out;
    }
    notes.add("No matching course is marked " + level.label() + "; these are the matching courses of other levels,"
        + " nearest first (level unknown last).");
    List<Found> other = new ArrayList<>(found);
    other.sort(Comparator.comparingInt((Found f) -> Math.abs(levelOrder(f.course().level()) - level.ordinal())));
    return other;
  }

  /** Says so when some of the courses shown for a level are of a level the catalog does not know. */
  private static void noteUnknownLevels(List<Found> shown, QuestionParser.Question q, List<String> notes) {
    if (q.level() != null && shown.stream().anyMatch(f -> f.course().level() == null)
        && shown.stream().anyMatch(f -> f.course().level() == q.level())) {
      notes.add("Courses whose level the catalog does not know follow the " + q.level().label() + " ones.");
    }
  }

  /** The course whose id or title is exactly the text, ignoring case. */
  private Optional<RatedCourse> exactly(String text) {
    String title = text.strip();
    String id = title.replace(' ', '-');
    return courses.values().stream()
        .filter(c -> c.course().id().equalsIgnoreCase(id) || c.course().title().equalsIgnoreCase(title)).findFirst();
  }

  /**
   * The course the text names: its id or title; or the course whose title and id (and its provider's
   * name, when that provider has no other course in the catalog) hold every word of the text, when those
   * words are at least half of the title's or include that provider's name ("fast.ai"). Several: the
   * shortest title. Anything else is a subject, not a name.
   */
  private Optional<Found> named(String text) {
    Optional<RatedCourse> exact = exactly(text);
    if (exact.isPresent()) {
      return exact.map(c -> new Found(c, null, null, "named"));
    }
    List<String> terms = relevance.terms(text);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    return courses.values().stream()
        .filter(c -> {
          Relevance.CourseTerms own = relevance.of(c.course());
          Set<String> provider = soleCourseOf(c.course().provider()) ? own.provider() : Set.of();
          Set<String> name = new HashSet<>(own.title());
          name.addAll(own.id());
          name.addAll(provider);
          long inTitle = own.title().stream().filter(terms::contains).count();
          return name.containsAll(terms) && (2 * inTitle >= own.title().size() || terms.stream().anyMatch(provider::contains));
        })
        .min(Comparator.comparingInt((RatedCourse c) -> relevance.of(c.course()).title().size()))
        .map(c -> new Found(c, null, null, "named"));
  }

  private boolean soleCourseOf(String provider) {
    return provider != null && courses.values().stream().filter(c -> provider.equals(c.course().provider())).count() == 1;
  }

  // ---- rendering facts ----

  private Pick pick(Found f, String role) {
    Course c = f.course();
    List<String> matched = new ArrayList<>();
    if (f.hit() != null) {
      matched.addAll(f.hit().matchedFields());
      if (f.hit().semanticRank().isPresent()) {
        matched.add("meaning");
      }
    }
    return new Pick(c.id(), c.title(), c.provider(), c.url(), label(c.level()), effort(c), c.free(), c.skills(),
        ratingText(f.rated()), role, matched);
  }

  private String cite(Found f) {
    Course c = f.course();
    List<String> facts = new ArrayList<>();
    if (c.provider() != null) {
      facts.add(c.provider());
    }
    facts.add(c.level() == null ? "level unknown" : c.level().label());
    String effort = effort(c);
    if (effort != null) {
      facts.add(effort);
    }
    if (Boolean.TRUE.equals(c.free())) {
      facts.add("free");
    }
    facts.add(ratingText(f.rated()));
    return c.title() + " [" + c.id() + "] (" + String.join(", ", facts) + ")";
  }

  static String ratingText(RatedCourse c) {
    return c.rating().map(FairRating::outOfTen).orElse("unrated");
  }

  static String effort(Course c) {
    List<String> parts = new ArrayList<>();
    if (c.durationHours() != null) {
      parts.add(String.format(Locale.ROOT, "%s h", number(c.durationHours())));
    }
    if (c.weeklyHours() != null) {
      parts.add(String.format(Locale.ROOT, "%s h/week", number(c.weeklyHours())));
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String describe(QuestionParser.Question q) {
    StringBuilder s = new StringBuilder(q.subject() == null || q.subject().isBlank() ? "any subject" : "'" + q.subject() + "'");
    if (q.level() != null) {
      s.append(", ").append(q.level().label());
    }
    if (q.freeOnly()) {
      s.append(", free");
    }
    if (q.provider() != null) {
      s.append(", on ").append(q.provider());
    }
    return s.toString();
  }

  private static String label(Level level) {
    return level == null ? null : level.label();
  }

  private static int levelOrder(Level level) {
    return level == null ? Level.values().length : level.ordinal();
  }

  @Override
  public void close() {
    index.close();
    relevance.close();
  }
}
