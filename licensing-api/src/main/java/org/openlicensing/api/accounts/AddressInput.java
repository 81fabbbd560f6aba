package org.openlicensing.api.accounts;

/** An address as a client sends it; the service checks each line and names those at fault. */
public record AddressInput(
    String line1, String line2, String postalCode, String city, String region) {}
