package dev.verdict.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.model.Family;
import dev.verdict.model.Trainer;
import dev.verdict.report.RunRenderer;
import dev.verdict.result.ResultJson;
import dev.verdict.result.RunResult;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.ExperimentRunner;
import dev.verdict.run.RunListener;
import dev.verdict.run.RunOptions;
import dev.verdict.testing.SyntheticData;
import dev.verdict.testing.TestFamily;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report of real (small) runs: its sections, charts, escaping, and that it names no URL. */
class HtmlReportTest {
  private static final String HOSTILE_COLUMN = "<script>alert(1)</script>";
  private static final String HOSTILE_CLASS = "<b>yes&buy</b>";

  @TempDir
  Path dir;

  /** A nearest-centroid model counted as deep learning, so a run with the test family has a verdict. */
  private static final class DeepCentroid extends TestFamily.Centroid {
    DeepCentroid() {
      super("deep-centroid");
    }

    @Override
    public Family family() {
      return Family.DEEP;
    }
  }

  private CompletedRun run(Path data, String target, boolean curve, Trainer... trainers) {
    RunOptions options = RunOptions.defaults(data, target).withBudget(Duration.ofSeconds(20)).withSeed(3)
        .withThreads(2).withCurve(curve).withOut(dir.resolve("run-" + data.getFileName()), false);
    return new ExperimentRunner(List.of(new TestFamily(trainers))).run(options, RunListener.silent());
  }

  /** The classification table of the shared generator, with a hostile column name and class name. */
  private Path hostileTable() {
    String csv = SyntheticData.classificationCsv(400, 8);
    csv = csv.replaceFirst("noise", HOSTILE_COLUMN).replace("yes_buy", HOSTILE_CLASS);
    return SyntheticData.write(dir, "buyers.csv", csv);
  }

  @Test
  void classificationRunWritesTheWholeReport() throws Exception {
    CompletedRun run = run(hostileTable(), "label", true, new TestFamily.Baseline(), new TestFamily.Centroid(),
        new DeepCentroid());
    Path file = run.folder().resolve("report.html");
    assertTrue(Files.isRegularFile(file), "the runner found the renderer with ServiceLoader");
    String html = Files.readString(file);
    RunResult r = ResultJson.readRun(run.folder().resolve("result.json"));
    assertEquals(html, HtmlReport.render(r), "re-rendering result.json gives the same page");

    Document page = parse(html);
    assertNotNull(r.verdict());
    assertEquals(r.verdict().paragraph(), byId(page, "verdict-paragraph").getTextContent());
    assertEquals(r.curves().crossover().text(), byId(page, "crossover").getTextContent());
    assertEquals(List.of(HtmlReport.VERDICT_FIGURE, HtmlReport.CURVES_FIGURE, HtmlReport.SCORES_FIGURE,
        HtmlReport.TIME_FIGURE), chartIds(page));
    assertTrue(html.contains(r.verdict().adviceCheck().replace("'", "&#39;")), "the advice check");
    assertTrue(html.contains("class=\"confusion\""), "a classification's confusion matrix");
    assertTrue(texts(page, "span").containsAll(List.of("centroid", "deep-centroid", "baseline")), "the leaderboard");

    // the hostile names are text, never markup
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element, and the column name is escaped");
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains(Html.escape(HOSTILE_COLUMN)));
    assertTrue(texts(page, "td").contains(HOSTILE_COLUMN), "the column's name, as text, in the columns table");
    assertTrue(texts(page, "th").contains(HOSTILE_CLASS), "the class's name, as text, in the confusion matrix");

    assertSelfContained(html);
    assertUniqueIds(page);
  }

  @Test
  void regressionRunShowsResidualsAndNoConfusionMatrix() throws Exception {
    Path data = SyntheticData.write(dir, "prices.csv", SyntheticData.regressionCsv(300, 5));
    CompletedRun run = run(data, "y", false, new TestFamily.Baseline(), new TestFamily.Centroid(), new DeepCentroid());
    RunResult r = run.result();
    assertNotNull(r.diagnostics().actualPredicted());
    String html = HtmlReport.render(r);
    Document page = parse(html);
    assertEquals(List.of(HtmlReport.VERDICT_FIGURE, HtmlReport.SCORES_FIGURE, HtmlReport.TIME_FIGURE,
        HtmlReport.RESIDUALS_FIGURE), chartIds(page));
    assertFalse(html.contains("class=\"confusion\""));
    assertTrue(html.contains("run with <code>--curve</code>"), "says how to measure the curves");
    assertSelfContained(html);
    assertUniqueIds(page);
  }

  @Test
  void aRunWithoutAVerdictSaysSo() throws Exception {
    CompletedRun run = run(hostileTable(), "label", false, new TestFamily.Baseline(), new TestFamily.Centroid());
    RunResult r = run.result();
    assertNull(r.verdict(), "one family only");
    String html = HtmlReport.render(r);
    Document page = parse(html);
    assertTrue(html.contains("NO VERDICT"));
    assertNull(page.getElementById("verdict-paragraph"));
    assertEquals(List.of(HtmlReport.SCORES_FIGURE, HtmlReport.TIME_FIGURE), chartIds(page));
    assertSelfContained(html);
  }

  @Test
  void theRendererIsRegistered() {
    assertTrue(RunRenderer.discover().stream().anyMatch(rr -> rr instanceof ReportFile && rr.fileName().equals("report.html")));
  }

  @Test
  void escapingCoversMarkupQuotesAndControlCharacters() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;", Html.escape("<a href=\"x\">&'</a>"));
    assertEquals("a\uFFFDb\tc", Html.escape("a\u0001b\tc"));
    assertEquals("", Html.escape(null));
  }

  /** No script, and nothing that a browser would fetch: no external src/href, no url() but #ids, no @import. */
  static void assertSelfContained(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script");
    assertFalse(lower.contains("http://") || lower.contains("https://"), "no URL at all");
    assertFalse(lower.contains("@import"), "no CSS import");
    assertFalse(lower.contains("<link") || lower.contains("<img") || lower.contains("<iframe") || lower.contains("<object"),
        "no linked or embedded resources");
    Matcher refs = Pattern.compile("(?:src|href|xlink:href)\\s*=\\s*\"([^\"]*)\"").matcher(lower);
    while (refs.find()) {
      assertTrue(refs.group(1).startsWith("#"), "only in-page references: " + refs.group());
    }
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(lower);
    while (urls.find()) {
      assertTrue(urls.group(1).strip().startsWith("#"), "only in-page url(): " + urls.group());
    }
    assertFalse(lower.contains("class=\"chart-missing\""), "every chart was drawn");
  }

  /** Parses the page as XML (it is XHTML-compatible), which also proves it well-formed. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        e.setIdAttribute("id", true);
      }
    }
    return document;
  }

  /** The ids of the chart figures, in page order, each holding an SVG with a title. */
  static List<String> chartIds(Document page) {
    List<String> ids = new ArrayList<>();
    NodeList figures = page.getElementsByTagName("figure");
    for (int i = 0; i < figures.getLength(); i++) {
      Element figure = (Element) figures.item(i);
      if (figure.getAttribute("class").equals("chart")) {
        NodeList svg = figure.getElementsByTagName("svg");
        assertEquals(1, svg.getLength(), figure.getAttribute("id") + " holds one SVG");
        Element root = (Element) svg.item(0);
        assertEquals("img", root.getAttribute("role"));
        assertFalse(root.getElementsByTagName("title").item(0).getTextContent().isBlank());
        assertEquals(1, figure.getElementsByTagName("figcaption").getLength());
        ids.add(figure.getAttribute("id"));
      }
    }
    return ids;
  }

  private static Element byId(Document page, String id) {
    Element e = page.getElementById(id);
    assertNotNull(e, "#" + id);
    return e;
  }

  private static List<String> texts(Document page, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = page.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static void assertUniqueIds(Document page) {
    Set<String> seen = new HashSet<>();
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        assertTrue(seen.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
      }
    }
  }
}
