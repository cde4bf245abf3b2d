package dev.verdict.learn.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.learn.rating.FairRating;
import dev.verdict.learn.rating.FairRatings;
import dev.verdict.learn.rating.TenPointScale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped catalog: no invented rating, the reference list's means as published, every record unchecked. */
class ShippedCatalogTest {
  private static final Set<String> REFERENCE_9_9 = Set.of("chatgpt-automation-gpts-zapier", "genai-customer-support",
      "genai-bi-analysts", "understanding-the-brain");
  private static final Set<String> REFERENCE_9_8 = Set.of("dlai-data-analytics-cert", "dlai-data-engineering-cert",
      "write-professional-emails-english", "genai-for-everyone", "genai-product-managers", "genai-hr-professionals");

  @TempDir
  Path home;

  /** The raw JSON, read without the catalog code, as the ground truth. */
  private static JsonNode raw() throws IOException {
    try (InputStream in = ShippedCatalogTest.class.getResourceAsStream("/dev/verdict/learn/catalog.json")) {
      return new ObjectMapper().readTree(in).get("courses");
    }
  }

  @Test
  void theTenReferenceCoursesKeepTheirPublishedMeans() {
    List<Course> courses = CatalogReader.shipped();
    double c = FairRatings.catalogMean(courses);
    for (Course course : courses) {
      if (REFERENCE_9_9.contains(course.id()) || REFERENCE_9_8.contains(course.id())) {
        assertEquals(1, course.ratings().size(), course.id());
        Rating r = course.ratings().get(0);
        assertEquals(REFERENCE_9_9.contains(course.id()) ? 9.9 : 9.8, TenPointScale.mean(r), 1e-12, course.id());
        assertNull(r.count(), "the list gives no count: " + course.id());
        FairRating fair = FairRatings.of(course, c).orElseThrow();
        assertTrue(fair.countUnknown());
        assertEquals((TenPointScale.mean(r) + c) / 2, fair.weighted(), 1e-12, "weighted as m ratings");
      } else {
        assertFalse(course.rated(), "only the reference courses are rated: " + course.id());
      }
    }
    assertEquals((4 * 9.9 + 6 * 9.8) / 10, c, 1e-12);
  }

  @Test
  void noCourseGainsARatingItDidNotHave() throws IOException {
    Map<String, Integer> ratingsInFile = new HashMap<>();
    for (JsonNode course : raw()) {
      ratingsInFile.put(course.get("id").asText(), course.get("ratings").size());
      for (JsonNode rating : course.get("ratings")) {
        assertTrue(rating.get("count").isNull() && rating.get("histogram").isNull(), "no invented count");
      }
    }
    try (CatalogStore store = CatalogStore.open(home)) {
      List<Course> stored = store.courses();
      assertEquals(ratingsInFile.size(), stored.size());
      for (Course course : stored) {
        assertEquals(ratingsInFile.get(course.id()), course.ratings().size(), course.id());
        for (Rating r : course.ratings()) {
          assertNull(r.count(), course.id());
          assertNull(r.histogram(), course.id());
        }
      }
    }
  }

  @Test
  void everyRecordIsFlaggedUncheckedAndUnknownFieldsStayEmpty() throws IOException {
    Map<String, JsonNode> raw = new HashMap<>();
    raw().forEach(c -> raw.put(c.get("id").asText(), c));
    for (Course course : CatalogReader.shipped()) {
      assertFalse(course.checked(), course.id());
      JsonNode json = raw.get(course.id());
      assertEquals(json.get("url").isNull(), course.url() == null, course.id());
      assertEquals(json.get("level").isNull(), course.level() == null, course.id());
      assertEquals(json.get("free").isNull(), course.free() == null, course.id());
      assertEquals(json.get("durationHours").isNull(), course.durationHours() == null, course.id());
      assertEquals(json.get("summary").isNull(), course.summary() == null, course.id());
    }
  }
}
