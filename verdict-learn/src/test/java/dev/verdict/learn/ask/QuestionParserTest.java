package dev.verdict.learn.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.learn.catalog.Level;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
  private final QuestionParser parser = new QuestionParser(List.of("Coursera", "edX", "fast.ai", "Made With ML"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "best python course for beginners | BEST | python",
      "Top ML course? | BEST | machine learning",
      "good intermediate stats course | BEST | statistics",
      "compare data science courses | COMPARE | data science",
      "Compare MLOps courses | COMPARE | mlops",
      "cs50p vs python for everybody | VERSUS | cs50p vs python everybody",
      "compare CS50P and Python for Everybody | VERSUS | cs50p vs python everybody",
      "nlp versus computer vision courses | VERSUS | nlp vs computer vision",
      "difference between machine learning and deep learning | CONCEPT | machine learning vs deep learning",
      "should I learn ML before DL? | CONCEPT | machine learning vs deep learning",
      "deep learning or machine learning, which should I learn first | CONCEPT | machine learning vs deep learning",
      "what is the difference between AI and machine learning | CONCEPT | artificial intelligence vs machine learning",
      "I want to become a data engineer | GOAL | data engineering",
      "recommend courses for my goal: become a data scientist | GOAL | data science",
      "my goal is to use generative AI in my HR job | GOAL | generative ai hr",
      "what's the difference between python and R? | VERSUS | python vs r",
      "python vs vs r | VERSUS | python vs r",
      "ML-SPECIALIZATION vs KAGGLE-INTRO-ML | VERSUS | ml-specialization vs kaggle-intro-ml",
      "I'm a beginner, what ML course? | BEST | machine learning",
      "I want to become a data scientist, I know python already | GOAL | data science",
  })
  void recognisesIntentAndSubject(String question, Intent intent, String subject) {
    QuestionParser.Question q = parser.parse(question);
    assertEquals(intent, q.intent(), question);
    assertEquals(subject, q.subject(), question);
  }

  @Test
  void levelFreeAndProviderAreFiltersNotSubjectWords() {
    QuestionParser.Question q = parser.parse("best free deep learning course for absolute beginners on Coursera");
    assertEquals(Intent.BEST, q.intent());
    assertEquals("deep learning", q.subject());
    assertEquals(Level.BEGINNER, q.level());
    assertTrue(q.freeOnly());
    assertEquals("Coursera", q.provider());
    assertEquals(Level.ADVANCED, parser.parse("advanced computer vision").level());
    assertEquals(Level.BEGINNER, parser.parse("I have no coding experience and want to get into AI").level());
  }

  @Test
  void providersAreFoundBeforeAbbreviationsAreSpelledOutAndIdsKeepTheirWords() {
    QuestionParser.Question q = parser.parse("courses from Made With ML");
    assertEquals("Made With ML", q.provider());
    assertEquals("", q.subject());
    assertNull(parser.parse("kaggle-intro-ml vs cs50p").level(), "'intro' inside an id is not a level");
  }

  @Test
  void conceptQuestionsKeepTheirFilters() {
    QuestionParser.Question q = parser.parse("difference between ML and DL, free courses on Coursera");
    assertEquals(Intent.CONCEPT, q.intent());
    assertTrue(q.freeOnly());
    assertEquals("Coursera", q.provider());
  }

  @Test
  void aQuestionWithoutFiltersHasNone() {
    QuestionParser.Question q = parser.parse("best nlp course");
    assertNull(q.level());
    assertFalse(q.freeOnly());
    assertNull(q.provider());
  }

  @Test
  void coursesAboutBothBranchesAreNotAConceptQuestion() {
    assertEquals(Intent.VERSUS, parser.parse("compare machine learning and deep learning courses").intent());
    assertEquals(Intent.BEST, parser.parse("best machine learning and deep learning courses").intent());
  }

  @Test
  void nonsenseIsABestQuestionAboutItsWords() {
    QuestionParser.Question q = parser.parse("asdf qwerty zxcv");
    assertEquals(Intent.BEST, q.intent());
    assertEquals("asdf qwerty zxcv", q.subject());
  }
}
