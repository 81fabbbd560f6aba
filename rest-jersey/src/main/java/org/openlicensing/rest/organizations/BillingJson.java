package org.openlicensing.rest.organizations;

import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.BillingDetailsInput;
import org.openlicensing.rest.me.AccountJson.AddressJson;

/** Billing details, as sent and as shown. */
public record BillingJson(
    String legalName, String vatId, AddressJson address, String country, String billingEmail) {

  static BillingJson of(BillingDetails b) {
    return new BillingJson(
        b.legalName(),
        b.vatId().orElse(null),
        AddressJson.of(b.address()),
        b.country(),
        b.billingEmail());
  }

  BillingDetailsInput input() {
    AddressInput addressInput =
        address == null
            ? null
            : new AddressInput(
                address.line1(),
                address.line2(),
                address.postalCode(),
                address.city(),
                address.region());
    return new BillingDetailsInput(legalName, vatId, addressInput, country, billingEmail);
  }
}
