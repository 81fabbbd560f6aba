package org.openlicensing.rest.organizations;

import java.util.List;
import org.openlicensing.api.organizations.InviteRow;
import org.openlicensing.rest.csv.CsvLines;

/**
 * Reads a bulk invitation file: one {@code email,role} per line, with an optional {@code
 * email,role} header, as {@link CsvLines} reads every bulk file.
 */
final class InvitationCsv {
  private static final List<String> HEADER = List.of("email", "role");

  private InvitationCsv() {}

  static List<InviteRow> parse(String body) {
    return CsvLines.read(body, HEADER, "email,role").stream()
        .map(line -> new InviteRow(line.number(), line.field(0), line.field(1)))
        .toList();
  }
}
