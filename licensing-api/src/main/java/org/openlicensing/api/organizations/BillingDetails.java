package org.openlicensing.api.organizations;

import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.accounts.Address;

/**
 * Whom an organization's invoices are made out to and sent to.
 *
 * @param country ISO 3166-1 alpha-2, in upper case
 * @param vatId normalized, as VIES writes it, when the organization has one
 */
public record BillingDetails(
    String legalName,
    Optional<String> vatId,
    Address address,
    String country,
    String billingEmail) {
  public BillingDetails {
    Objects.requireNonNull(legalName, "legalName");
    vatId = vatId == null ? Optional.empty() : vatId;
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(billingEmail, "billingEmail");
  }
}
