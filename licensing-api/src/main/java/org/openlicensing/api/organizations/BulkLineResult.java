package org.openlicensing.api.organizations;

import java.util.Objects;
import java.util.Optional;

/**
 * The report on one line of a bulk operation.
 *
 * @param subject what the line named, an address or an account id, as given
 * @param detail why a line was not carried out, for people
 */
public record BulkLineResult(
    int line, String subject, BulkOutcome outcome, Optional<String> detail) {
  public BulkLineResult {
    Objects.requireNonNull(outcome, "outcome");
    detail = detail == null ? Optional.empty() : detail;
  }
}
