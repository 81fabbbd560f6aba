package org.openlicensing.rest.organizations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.organizations.InviteRow;

/**
 * Reads a bulk invitation file: RFC 4180 CSV, one {@code email,role} per line, with an optional
 * {@code email,role} header. Columns after the second (a name, say, from a spreadsheet export) are
 * ignored, and blank lines skipped. Lines are numbered as records of the file, the header included,
 * for the report. Only a file that is not CSV at all (an unclosed quote) fails as a whole.
 */
final class InvitationCsv {
  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private InvitationCsv() {}

  static List<InviteRow> parse(String body) {
    List<InviteRow> rows = new ArrayList<>();
    if (body == null) {
      return rows;
    }
    try (MappingIterator<String[]> lines =
        MAPPER
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.TRIM_SPACES)
            .readValues(stripByteOrderMark(body))) {
      int number = 0;
      while (lines.hasNextValue()) {
        String[] fields = lines.nextValue();
        number++;
        if (isBlank(fields) || (number == 1 && isHeader(fields))) {
          continue;
        }
        rows.add(new InviteRow(number, field(fields, 0), field(fields, 1)));
      }
      return rows;
    } catch (JsonProcessingException e) {
      throw LicensingException.invalid(
          "body",
          "is not CSV near line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      throw LicensingException.invalid("body", "is not CSV: send lines of email,role");
    }
  }

  private static String stripByteOrderMark(String body) {
    return body.startsWith("\uFEFF") ? body.substring(1) : body;
  }

  private static boolean isHeader(String[] fields) {
    return fields.length >= 2
        && "email".equals(fields[0].strip().toLowerCase(Locale.ROOT))
        && "role".equals(fields[1].strip().toLowerCase(Locale.ROOT));
  }

  private static boolean isBlank(String[] fields) {
    for (String field : fields) {
      if (field != null && !field.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String field(String[] fields, int index) {
    return index < fields.length ? fields[index] : null;
  }
}
