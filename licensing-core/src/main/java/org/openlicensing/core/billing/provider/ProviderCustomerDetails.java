package org.openlicensing.core.billing.provider;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the provider keeps of an organization as its customer.
 *
 * @param metadata kept with the customer, such as the organization's id
 */
public record ProviderCustomerDetails(
    UUID organizationId,
    String name,
    Optional<String> email,
    Optional<String> country,
    Map<String, String> metadata) {
  public ProviderCustomerDetails {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(name, "name");
    email = email == null ? Optional.empty() : email;
    country = country == null ? Optional.empty() : country;
    metadata = Map.copyOf(metadata);
  }
}
