package org.openlicensing.rest.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openlicensing.api.LicensingException;

/**
 * Reads an uploaded bulk file: RFC 4180 CSV, with an optional header line naming the expected
 * columns (in any case), a byte order mark allowed. Columns after the expected ones (a name, say,
 * from a spreadsheet export) are kept but need not be read, and blank lines are skipped. Lines are
 * numbered as records of the file, the header included, for the report. Only a file that is not CSV
 * at all (an unclosed quote) fails as a whole.
 */
public final class CsvLines {
  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvLines() {}

  /** One record of the file, its fields trimmed. */
  public record Line(int number, String[] fields) {
    /** The field at the index, or null when the line is shorter. */
    public String field(int index) {
      return index < fields.length ? fields[index] : null;
    }
  }

  /**
   * The records of the body; a first line whose fields start with {@code header} is skipped.
   *
   * @param expected what the lines should hold, for the error message, such as {@code email,role}
   */
  public static List<Line> read(String body, List<String> header, String expected) {
    List<Line> lines = new ArrayList<>();
    if (body == null) {
      return lines;
    }
    try (MappingIterator<String[]> records =
        MAPPER
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.TRIM_SPACES)
            .readValues(stripByteOrderMark(body))) {
      int number = 0;
      while (records.hasNextValue()) {
        String[] fields = records.nextValue();
        number++;
        if (isBlank(fields) || (number == 1 && isHeader(fields, header))) {
          continue;
        }
        lines.add(new Line(number, fields));
      }
      return lines;
    } catch (JsonProcessingException e) {
      throw LicensingException.invalid(
          "body",
          "is not CSV near line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      throw LicensingException.invalid("body", "is not CSV: send lines of " + expected);
    }
  }

  private static String stripByteOrderMark(String body) {
    return body.startsWith("\uFEFF") ? body.substring(1) : body;
  }

  private static boolean isHeader(String[] fields, List<String> header) {
    if (fields.length < header.size()) {
      return false;
    }
    for (int i = 0; i < header.size(); i++) {
      if (fields[i] == null
          || !header
              .get(i)
              .toLowerCase(Locale.ROOT)
              .equals(fields[i].strip().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String[] fields) {
    for (String field : fields) {
      if (field != null && !field.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
