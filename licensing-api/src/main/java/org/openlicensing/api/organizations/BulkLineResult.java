package org.openlicensing.api.organizations;

import java.util.Objects;
import java.util.Optional;

/**
 * The report on one line of a bulk operation.
 *
 * @param subject what the line named, an address or an account id, as given
 * @param field the field of the line at fault, such as {@code email} or {@code licenseId}; empty
 *     for a line carried out, and where the outcome says enough
 * @param detail why a line was not carried out, for people
 */
public record BulkLineResult(
    int line,
    String subject,
    BulkOutcome outcome,
    Optional<String> field,
    Optional<String> detail) {
  public BulkLineResult {
    Objects.requireNonNull(outcome, "outcome");
    field = field == null ? Optional.empty() : field;
    detail = detail == null ? Optional.empty() : detail;
  }

  /** A line whose outcome needs no field named. */
  public BulkLineResult(int line, String subject, BulkOutcome outcome, Optional<String> detail) {
    this(line, subject, outcome, Optional.empty(), detail);
  }
}
