package org.openlicensing.api.accounts;

import java.util.Objects;
import java.util.Optional;

/** A postal address; its country is the profile's. */
public record Address(
    String line1, Optional<String> line2, String postalCode, String city, Optional<String> region) {
  public Address {
    Objects.requireNonNull(line1, "line1");
    line2 = line2 == null ? Optional.empty() : line2;
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(city, "city");
    region = region == null ? Optional.empty() : region;
  }
}
