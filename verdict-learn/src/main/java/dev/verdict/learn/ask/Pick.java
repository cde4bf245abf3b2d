package dev.verdict.learn.ask;

import java.util.List;

/**
 * One course an answer cites, with the catalog fields that justify it. Every value comes from the
 * course's record; a field the catalog does not know is {@code null} (printed as "–").
 *
 * @param courseId the catalog id
 * @param title the course's title
 * @param provider who offers it
 * @param url its page
 * @param level beginner, intermediate or advanced
 * @param effort duration and weekly hours as the catalog states them, e.g. "60 h, 5 h/week"
 * @param free whether it is known to be free
 * @param skills the skills it lists
 * @param rating its fair rating on 0–10 with the count ("9.8/10 (count unknown)"), or "unrated"
 * @param role why it is in the answer, e.g. "classical ML", "step 2 (intermediate)", or the subject it is best for
 * @param matched what made it relevant: the fields the question's words matched, and "meaning"
 */
public record Pick(String courseId, String title, String provider, String url, String level, String effort,
    Boolean free, List<String> skills, String rating, String role, List<String> matched) {
  public Pick {
    skills = skills == null ? List.of() : List.copyOf(skills);
    matched = matched == null ? List.of() : List.copyOf(matched);
  }
}
