package dev.verdict.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void numbersAreShortAndExact() {
    assertEquals("17", Format.number(17));
    assertEquals("0.078", Format.number(0.078));
    assertEquals("2.42", Format.number(2.42));
    assertEquals("123.5", Format.number(123.4567));
    assertEquals("-3", Format.number(-3));
    assertEquals("1.23e+07", Format.number(12_345_678.9));
  }

  @Test
  void bytesAndMetrics() {
    assertEquals("512 B", Format.bytes(512L));
    assertEquals("1.5 KB", Format.bytes(1536L));
    assertEquals("0.960", Format.metric(0.96));
    assertEquals("55.23", Format.metric(55.234));
    assertEquals("–", Format.metric(Double.NaN));
  }
}
