package org.openlicensing.core.licenses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.licenses.AssignmentRow;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.api.organizations.BulkLineResult;
import org.openlicensing.api.organizations.BulkOutcome;
import org.openlicensing.core.accounts.EmailAddress;

/**
 * The first look at an assignment file, before any database work: each line's address and license
 * id are read, and a license named by an earlier line is a duplicate. What only the database can
 * tell (members, licenses) is judged later, under the locks.
 */
final class AssignmentLines {
  static final String FIELD = "assignments";
  static final String EMAIL = "email";
  static final String LICENSE_ID = "licenseId";

  private AssignmentLines() {}

  /**
   * One line. A line read well has its address and license id and no outcome yet; a line in error
   * has its outcome, the field at fault and why.
   */
  record Line(
      int number,
      String subject,
      EmailAddress email,
      UUID licenseId,
      BulkOutcome outcome,
      String field,
      String detail) {

    boolean readWell() {
      return outcome == null;
    }

    Line judged(BulkOutcome outcome, String field, String detail) {
      return new Line(number, subject, email, licenseId, outcome, field, detail);
    }

    BulkLineResult result() {
      return new BulkLineResult(
          number, subject, outcome, Optional.ofNullable(field), Optional.ofNullable(detail));
    }
  }

  /** Reads every line; refuses a file with no line or too many as a whole. */
  static List<Line> read(List<AssignmentRow> rows) {
    if (rows == null || rows.isEmpty()) {
      throw LicensingException.invalid(FIELD, "must have at least one line");
    }
    if (rows.size() > BulkLicenseService.MAX_ASSIGNMENT_LINES) {
      throw LicensingException.invalid(
          FIELD, "must have at most " + BulkLicenseService.MAX_ASSIGNMENT_LINES + " lines");
    }
    List<Line> lines = new ArrayList<>(rows.size());
    Set<UUID> named = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      AssignmentRow row = rows.get(i);
      Line line = read(row, i + 1);
      if (line.readWell() && !named.add(line.licenseId())) {
        line = line.judged(BulkOutcome.DUPLICATE_LINE, LICENSE_ID, "an earlier line names it");
      }
      lines.add(line);
    }
    return lines;
  }

  private static Line read(AssignmentRow row, int position) {
    int number = row == null || row.line() < 1 ? position : row.line();
    String email = row == null ? null : blankToNull(row.email());
    String licenseId = row == null ? null : blankToNull(row.licenseId());
    Line line = new Line(number, licenseId == null ? "" : licenseId, null, null, null, null, null);
    if (email == null && licenseId == null) {
      return line.judged(BulkOutcome.INVALID_LINE, null, "give email and licenseId");
    }
    if (email == null) {
      return line.judged(BulkOutcome.INVALID_ADDRESS, EMAIL, "email is required");
    }
    EmailAddress address;
    try {
      address = EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      return line.judged(BulkOutcome.INVALID_ADDRESS, EMAIL, "email " + e.getMessage());
    }
    if (licenseId == null) {
      return line.judged(BulkOutcome.INVALID_LICENSE_ID, LICENSE_ID, "licenseId is required");
    }
    UUID id;
    try {
      id = parseId(licenseId);
    } catch (IllegalArgumentException e) {
      return line.judged(BulkOutcome.INVALID_LICENSE_ID, LICENSE_ID, "licenseId is not an id");
    }
    return new Line(number, licenseId, address, id, null, null, null);
  }

  /** Only the canonical form: UUID.fromString also takes "1-2-3-4-5". */
  private static UUID parseId(String text) {
    UUID id = UUID.fromString(text);
    if (!id.toString().equalsIgnoreCase(text)) {
      throw new IllegalArgumentException("not canonical");
    }
    return id;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
