package org.openlicensing.core.organizations;

import java.util.Optional;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.BillingDetailsInput;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.VatIds;
import org.openlicensing.core.support.Countries;
import org.openlicensing.core.support.FieldChecks;

/**
 * Checks billing details field by field, under the {@code billing.} prefix, as invoices need them:
 * a legal name, a full address, a country, an address for invoices, and a VAT id that matches the
 * country when there is one.
 */
final class BillingDetailsChecks {
  private static final int LINE = 200;
  private static final String PREFIX = "billing.";

  private BillingDetailsChecks() {}

  /** The checked details, or null when a field is at fault (and named in the checks). */
  static BillingDetails check(BillingDetailsInput input, FieldChecks checks) {
    String legalName = checks.text(PREFIX + "legalName", input.legalName(), LINE);
    Address address = address(input.address(), checks);
    String country = null;
    if (input.country() == null || input.country().isBlank()) {
      checks.reject(PREFIX + "country", "is required");
    } else {
      country =
          Countries.normalize(input.country())
              .orElseGet(
                  () ->
                      checks.reject(
                          PREFIX + "country", "is not an ISO 3166-1 alpha-2 country code"));
    }
    EmailAddress billingEmail =
        checks.parse(PREFIX + "billingEmail", input.billingEmail(), EmailAddress::of);
    Optional<String> vatId = vatId(input.vatId(), country, checks);
    if (checks.hasErrors()) {
      return null;
    }
    return new BillingDetails(legalName, vatId, address, country, billingEmail.value());
  }

  private static Optional<String> vatId(String raw, String country, FieldChecks checks) {
    String text = checks.optionalText(PREFIX + "vatId", raw, 40);
    if (text == null) {
      return Optional.empty();
    }
    Optional<String> normalized = VatIds.normalize(text, country);
    if (normalized.isEmpty()) {
      checks.reject(
          PREFIX + "vatId",
          country != null && VatIds.isEuCountry(country)
              ? "is not a VAT number of " + country
              : "is not a VAT number");
    }
    return normalized;
  }

  private static Address address(AddressInput input, FieldChecks checks) {
    if (input == null) {
      return checks.reject(PREFIX + "address", "is required");
    }
    String line1 = checks.text(PREFIX + "address.line1", input.line1(), LINE);
    String line2 = checks.optionalText(PREFIX + "address.line2", input.line2(), LINE);
    String postalCode = checks.text(PREFIX + "address.postalCode", input.postalCode(), 20);
    String city = checks.text(PREFIX + "address.city", input.city(), LINE);
    String region = checks.optionalText(PREFIX + "address.region", input.region(), LINE);
    if (line1 == null || postalCode == null || city == null) {
      return null;
    }
    return new Address(
        line1, Optional.ofNullable(line2), postalCode, city, Optional.ofNullable(region));
  }
}
