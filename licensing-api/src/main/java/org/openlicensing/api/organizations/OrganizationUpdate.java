package org.openlicensing.api.organizations;

/**
 * Changes to an organization; a null field stays as it is.
 *
 * @param name the new name; owners and admins only
 * @param billing the new billing details, replacing the old ones whole; owners, admins and billing
 *     managers
 */
public record OrganizationUpdate(String name, BillingDetailsInput billing) {}
