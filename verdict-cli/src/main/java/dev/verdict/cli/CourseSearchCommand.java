package dev.verdict.cli;

import dev.verdict.BadInputException;
import dev.verdict.learn.catalog.Course;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.RatedCourse;
import dev.verdict.learn.search.CourseIndex;
import dev.verdict.learn.search.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verdict courses search}: the courses that match a query, most relevant first, with facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the courses by words and by meaning, most relevant first, with facet counts over all matches.",
        "By words: BM25 over title (counting most), skills, topics, summary and level; the query is plain words (no"
            + " query syntax), common words are ignored and words are stemmed. By meaning: sentence embeddings"
            + " (all-MiniLM-L6-v2, run offline from the jar), so other words for the same subject also find a course."
            + " The two rankings are fused by reciprocal rank fusion (k = 60). The fair rating is shown, not used"
            + " for ranking.",
        "Filters combine; --free keeps only courses known to be free."})
final class CourseSearchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  HomeOption home;

  @Parameters(index = "0", paramLabel = "QUERY", description = "the words to search for, e.g. \"python beginner\"")
  String query;

  @CommandLine.Mixin
  CourseFilterOptions filters;

  @Option(names = "--lexical", description = "search by words only (BM25), without loading the embedding model")
  boolean lexical;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "show at most N courses; default ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() {
    Logging.configure(false); // Lucene's notice about the incubating vector module is noise here
    if (limit < 1) {
      throw new BadInputException("--limit must be at least 1, not " + limit + ".");
    }
    List<Course> all = home.courses();
    SearchResult result;
    try (CourseIndex index = lexical ? CourseIndex.of(all) : CourseIndex.hybrid(all)) {
      result = index.search(query, filters.filter(), limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (result.isEmpty()) {
      out.println("No course in the catalog matches '" + query.strip() + "'"
          + (filters.describe().isEmpty() ? "" : " with " + filters.describe()) + " (" + all.size() + " courses searched).");
      out.flush();
      return ExitCodes.OK;
    }
    Map<String, RatedCourse> rated = FairRatings.rate(all).stream()
        .collect(Collectors.toMap(c -> c.course().id(), Function.identity()));
    List<RatedCourse> shown = result.courseIds().stream().map(rated::get).toList();
    out.print(CourseText.searchTable(result.hits(), shown));
    out.println();
    out.println("Facet counts over the " + result.totalMatches() + " matching "
        + (result.totalMatches() == 1 ? "course" : "courses")
        + (filters.describe().isEmpty() ? "" : " (" + filters.describe() + ")") + ":");
    out.print(CourseText.facets(result.facets()));
    out.println();
    out.println(shown.size() + " of " + result.totalMatches() + " matches shown, most relevant first ("
        + all.size() + " courses searched; " + (lexical ? "by words: BM25"
            : "by words (BM25) and meaning (all-MiniLM-L6-v2), fused by reciprocal rank fusion with k = "
                + CourseIndex.RRF_K) + ").");
    out.println(CourseText.ratingNote(FairRatings.catalogMean(all)));
    out.flush();
    return ExitCodes.OK;
  }

}
