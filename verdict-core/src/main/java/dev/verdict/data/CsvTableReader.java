package dev.verdict.data;

import dev.verdict.BadInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited text file (CSV, semicolon, tab or pipe separated; the delimiter is detected)
 * into a {@link Table}. The first row is the header. Cells equal to one of {@link #MISSING_MARKERS}
 * (any case) or empty are missing. Every problem is a {@link BadInputException} naming the file and
 * line.
 */
public final class CsvTableReader {
  /** Cell values read as missing, compared without regard to case, after trimming. */
  public static final Set<String> MISSING_MARKERS = Set.of("", "na", "n/a", "nan", "?", "null");

  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final int SNIFF_LINES = 50;

  /** Reads the file, or throws a {@link BadInputException} that says what is wrong with it. */
  public Table read(Path path) {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new BadInputException(name + ": file not found; check the path");
    }
    if (Files.isDirectory(path)) {
      throw new BadInputException(name + ": is a folder; give a CSV file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
    String text = decodeUtf8(name, bytes);
    if (text.isBlank()) {
      throw new BadInputException(name + ": the file is empty; give a CSV file with a header row and data rows");
    }
    return parse(name, sha256(bytes), text);
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  /** Parses text already in memory; {@code name} is used in messages. */
  public Table parse(String name, String text) {
    return parse(name, sha256(text.getBytes(StandardCharsets.UTF_8)), text);
  }

  private Table parse(String name, String sha256, String text) {
    char delimiter = detectDelimiter(text);
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        .get();
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        long line = lineOf(lineStarts, firstVisible(text, record.getCharacterPosition()));
        if (header == null) {
          header = readHeader(name, record, line);
          continue;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue; // a line of blanks
        }
        if (record.size() != header.size()) {
          throw new BadInputException(String.format(Locale.ROOT,
              "%s line %d: %d fields, but the header has %d; fix the row, or quote fields that contain the delimiter '%s'",
              name, line, record.size(), header.size(), printable(delimiter)));
        }
        String[] row = new String[header.size()];
        for (int i = 0; i < row.length; i++) {
          String cell = record.get(i);
          row[i] = isMissing(cell) ? null : cell;
        }
        rows.add(row);
        lines.add(line);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(name + ": malformed CSV near line " + (lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1)
          + " (" + firstLine(e.getMessage()) + "); check for an unclosed quote", e);
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot be parsed (" + e.getMessage() + ")", e);
    }
    if (header == null) {
      throw new BadInputException(name + ": the file is empty; give a CSV file with a header row and data rows");
    }
    if (rows.isEmpty()) {
      throw new BadInputException(name + ": has a header but no data rows; add rows below the header");
    }
    String[][] columns = new String[header.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        columns[c][r] = row[c];
      }
    }
    long[] lineArray = lines.stream().mapToLong(Long::longValue).toArray();
    return new Table(name, sha256, header, columns, lineArray);
  }

  /** True when the cell is one of the missing-value markers. */
  public static boolean isMissing(String cell) {
    return cell == null || cell.isEmpty() || (cell.length() <= 4 && MISSING_MARKERS.contains(cell.toLowerCase(Locale.ROOT)));
  }

  private static List<String> readHeader(String name, CSVRecord record, long line) {
    List<String> header = new ArrayList<>(record.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String column = record.get(i).strip();
      if (column.isEmpty()) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s line %d: column %d of the header has no name; the first row must name every column", name, line, i + 1));
      }
      Integer before = seen.putIfAbsent(column, i);
      if (before != null) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s line %d: columns %d and %d are both named '%s'; rename one", name, line, before + 1, i + 1, column));
      }
      header.add(column);
    }
    return header;
  }

  static String decodeUtf8(String name, byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      long line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BadInputException(String.format(Locale.ROOT,
          "%s line %d: byte 0x%02x at offset %d is not UTF-8; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
          name, line, bytes[bad] & 0xff, bad));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Picks the delimiter that splits the first lines into the same number of fields most consistently. */
  static char detectDelimiter(String text) {
    List<String> sample = new ArrayList<>();
    int start = 0;
    while (start < text.length() && sample.size() < SNIFF_LINES) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        sample.add(line);
      }
      start = end + 1;
    }
    char best = ',';
    double bestScore = 0;
    for (char d : DELIMITERS) {
      int[] counts = sample.stream().mapToInt(l -> countOutsideQuotes(l, d)).toArray();
      int mode = mode(counts);
      if (mode == 0) {
        continue;
      }
      long agreeing = Arrays.stream(counts).filter(c -> c == mode).count();
      double consistency = (double) agreeing / counts.length;
      // consistency first, then more fields
      double score = consistency * 1000 + Math.min(mode, 999);
      if (consistency >= 0.5 && score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char d) {
    boolean quoted = false;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static int mode(int[] values) {
    Map<Integer, Integer> freq = new HashMap<>();
    int best = 0;
    int bestCount = 0;
    for (int v : values) {
      int f = freq.merge(v, 1, Integer::sum);
      if (f > bestCount || (f == bestCount && v > best)) {
        best = v;
        bestCount = f;
      }
    }
    return best;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** Skips the blank lines that the parser counts into the next record's position. */
  private static long firstVisible(String text, long position) {
    int p = (int) position;
    while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static long lineOf(int[] lineStarts, long charPosition) {
    int idx = Arrays.binarySearch(lineStarts, (int) charPosition);
    return (idx >= 0 ? idx : -idx - 2) + 1L;
  }

  private static String printable(char delimiter) {
    return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
