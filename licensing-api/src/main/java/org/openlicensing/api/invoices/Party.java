package org.openlicensing.api.invoices;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller or a buyer as an invoice names them, copied onto the invoice when it is issued: later
 * changes of an organization's billing details leave issued invoices as they were.
 *
 * @param address the postal address, one line per element, without the country
 * @param country ISO 3166-1 alpha-2
 * @param vatId the VAT identification number with its country prefix, such as {@code DE123456789}
 */
public record Party(
    String name,
    List<String> address,
    String country,
    Optional<String> vatId,
    Optional<String> email) {
  public Party {
    Objects.requireNonNull(name, "name");
    address = List.copyOf(address);
    Objects.requireNonNull(country, "country");
    vatId = vatId == null ? Optional.empty() : vatId;
    email = email == null ? Optional.empty() : email;
  }
}
