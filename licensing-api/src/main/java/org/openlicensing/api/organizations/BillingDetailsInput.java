package org.openlicensing.api.organizations;

import org.openlicensing.api.accounts.AddressInput;

/**
 * Billing details as a client sends them, all at once; the service checks each field and names
 * those at fault. Only the VAT id may be left out.
 */
public record BillingDetailsInput(
    String legalName, String vatId, AddressInput address, String country, String billingEmail) {}
