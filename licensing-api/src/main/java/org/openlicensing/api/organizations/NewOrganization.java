package org.openlicensing.api.organizations;

/**
 * A team or enterprise organization to create. The billing details may follow later, before the
 * first purchase.
 *
 * @param billing null to leave the billing details for later
 */
public record NewOrganization(String name, BillingDetailsInput billing) {}
