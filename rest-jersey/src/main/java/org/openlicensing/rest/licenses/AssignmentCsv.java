package org.openlicensing.rest.licenses;

import java.util.List;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.rest.csv.CsvLines;

/**
 * Reads an assignment file: one {@code email,licenseId} per line, with an optional {@code
 * email,licenseId} header, as {@link CsvLines} reads every bulk file.
 */
final class AssignmentCsv {
  private static final List<String> HEADER = List.of("email", "licenseId");

  private AssignmentCsv() {}

  static List<AssignmentRow> parse(String body) {
    return CsvLines.read(body, HEADER, "email,licenseId").stream()
        .map(line -> new AssignmentRow(line.number(), line.field(0), line.field(1)))
        .toList();
  }
}
