package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.Verdict;
import dev.verdict.result.RunResult;
import dev.verdict.run.CompletedRun;
import dev.verdict.run.RunOptions;
import dev.verdict.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report of a real run with learning curves, opened in headless Chromium: the verdict is there,
 * the charts have a size on screen, and the page fetched nothing. Needs Debian's {@code chromium}
 * and {@code chromium-driver}; skipped without them unless {@code VERDICT_REQUIRE_BROWSER=1}.
 * Saves a screenshot to {@code target/report-screenshot.png}.
 */
class ReportBrowserTest {
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

  @TempDir
  Path dir;

  /** Skips (or, with VERDICT_REQUIRE_BROWSER=1, fails) without the browser and its driver. */
  private static void needTheBrowser() {
    boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    if (!present && "1".equals(System.getenv("VERDICT_REQUIRE_BROWSER"))) {
      fail("VERDICT_REQUIRE_BROWSER=1, but " + DRIVER + " or " + BROWSER + " is missing: install them with"
          + " 'apt-get install chromium chromium-driver'");
    }
    assumeTrue(present, "skipped: needs " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver);"
        + " set VERDICT_REQUIRE_BROWSER=1 to fail instead");
  }

  @Test
  void theReportOfARunWithCurvesRendersOfflineInChromium() throws Exception {
    needTheBrowser();
    RunOptions options = RunOptions.defaults(Samples.path("iris.csv"), "species").withCurve(true)
        .withBudget(Duration.ofSeconds(20)).withModels(List.of("logistic", "xgboost", "mlp-small"))
        .withOut(dir.resolve("iris"), false);
    CompletedRun run = Verdict.run(options);
    RunResult result = run.result();
    assertNotNull(result.verdict(), "both families finished, so there is a verdict");
    assertNotNull(result.curves());
    Path report = run.folder().resolve("report.html");

    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(BROWSER.toFile());
    chrome.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    ChromeDriver driver = new ChromeDriver(service, chrome);
    try {
      driver.manage().window().setSize(new Dimension(1200, 3000));
      driver.get(report.toUri().toString());

      String paragraph = driver.findElement(By.id("verdict-paragraph")).getText();
      assertEquals(normalised(result.verdict().paragraph()), normalised(paragraph));
      assertVisible(driver.findElement(By.cssSelector("figure.chart#learning-curves svg")), "the learning curves");
      List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg"));
      assertTrue(charts.size() >= 4, "at least 4 charts, found " + charts.size());
      for (WebElement chart : charts) {
        assertVisible(chart, "chart " + chart.findElement(By.xpath("..")).getAttribute("id"));
      }
      JavascriptExecutor js = driver;
      assertEquals(0L, js.executeScript("return performance.getEntriesByType('resource').length"),
          "the page fetched nothing");

      long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
      driver.manage().window().setSize(new Dimension(1200, (int) Math.min(height + 100, 16_000)));
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
    }
  }

  private static void assertVisible(WebElement e, String what) {
    Dimension size = e.getSize();
    assertTrue(size.getWidth() > 0 && size.getHeight() > 0, what + " has a size on screen: " + size);
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
