package dev.verdict.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
  @TempDir
  Path dir;

  private final CsvTableReader reader = new CsvTableReader();

  @Test
  void readsHeaderRowsAndLines() {
    Table t = reader.parse("t.csv", "a,b,c\n1,x,2.5\n\n3,y,4\n");
    assertEquals(List.of("a", "b", "c"), t.header());
    assertEquals(2, t.rowCount());
    assertEquals("y", t.cell(1, 1));
    assertEquals(2, t.line(0));
    assertEquals(4, t.line(1), "blank line counted in the line numbers");
  }

  @Test
  void detectsSemicolonTabAndPipeDelimiters() {
    assertEquals(3, reader.parse("s", "a;b;c\n1;2;3\n4;5;6\n").columnCount());
    assertEquals(3, reader.parse("t", "a\tb\tc\n1\t2\t3\n").columnCount());
    assertEquals(2, reader.parse("p", "a|b\n1|2\n").columnCount());
  }

  @Test
  void quotedFieldsMayHoldTheDelimiterAndNewlines() {
    Table t = reader.parse("q", "name,note\n\"Smith, J\",\"two\nlines\"\nLee,plain\n");
    assertEquals(2, t.rowCount());
    assertEquals("Smith, J", t.cell(0, 0));
    assertEquals("two\nlines", t.cell(0, 1));
    assertEquals(4, t.line(1));
  }

  @Test
  void missingMarkersAreMissing() {
    Table t = reader.parse("m", "a,b,c,d,e,f,g\n,NA,N/A,NaN,?,null,ok\n");
    for (int c = 0; c < 6; c++) {
      assertNull(t.cell(0, c), "column " + c);
    }
    assertEquals("ok", t.cell(0, 6));
  }

  @Test
  void raggedRowNamesTheLine() {
    BadInputException e = assertThrows(BadInputException.class, () -> reader.parse("r.csv", "a,b,c\n1,2,3\n4,5\n"));
    assertTrue(e.getMessage().contains("r.csv line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("2 fields, but the header has 3"), e.getMessage());
  }

  @Test
  void headerOnlyAndEmptyFilesAreRejected() throws IOException {
    Path header = Files.writeString(dir.resolve("header.csv"), "a,b\n");
    assertTrue(assertThrows(BadInputException.class, () -> reader.read(header)).getMessage().contains("no data rows"));
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertTrue(assertThrows(BadInputException.class, () -> reader.read(empty)).getMessage().contains("empty"));
    Path blank = Files.writeString(dir.resolve("blank.csv"), "\n\n  \n");
    assertTrue(assertThrows(BadInputException.class, () -> reader.read(blank)).getMessage().contains("empty"));
  }

  @Test
  void missingFileAndFolderAreRejected() {
    assertTrue(assertThrows(BadInputException.class, () -> reader.read(dir.resolve("nope.csv"))).getMessage()
        .contains("file not found"));
    assertTrue(assertThrows(BadInputException.class, () -> reader.read(dir)).getMessage().contains("folder"));
  }

  @Test
  void nonUtf8NamesTheLine() throws IOException {
    byte[] bytes = "a,b\n1,caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path latin = Files.write(dir.resolve("latin1.csv"), bytes);
    BadInputException e = assertThrows(BadInputException.class, () -> reader.read(latin));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void utf8ByteOrderMarkIsIgnored() throws IOException {
    byte[] body = "a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Table t = reader.read(Files.write(dir.resolve("bom.csv"), bytes));
    assertEquals("a", t.name(0));
  }

  @Test
  void duplicateAndEmptyHeaderNamesAreRejected() {
    assertTrue(assertThrows(BadInputException.class, () -> reader.parse("d", "a,b,a\n1,2,3\n")).getMessage()
        .contains("both named 'a'"));
    assertTrue(assertThrows(BadInputException.class, () -> reader.parse("e", "a,,c\n1,2,3\n")).getMessage()
        .contains("column 2 of the header has no name"));
  }

  @Test
  void unclosedQuoteIsReported() {
    BadInputException e = assertThrows(BadInputException.class, () -> reader.parse("u", "a,b\n1,\"open\n2,3\n"));
    assertTrue(e.getMessage().contains("quote"), e.getMessage());
  }

  @Test
  void fingerprintIsTheSha256OfTheBytes() throws IOException {
    Path p = Files.writeString(dir.resolve("h.csv"), "a,b\n1,2\n");
    assertEquals(64, reader.read(p).sha256().length());
    assertEquals(reader.read(p).sha256(), reader.parse("x", "a,b\n1,2\n").sha256());
  }
}
