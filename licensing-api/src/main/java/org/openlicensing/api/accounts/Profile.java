package org.openlicensing.api.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * An account's business profile and preferences.
 *
 * @param vatId a VAT identification number, checked for the format of its EU country
 * @param country an ISO 3166-1 alpha-2 code, such as {@code DE}
 * @param phone an E.164 number, such as {@code +4930123456}
 */
public record Profile(
    Optional<String> companyName,
    Optional<String> vatId,
    Optional<Address> address,
    Optional<String> country,
    Optional<String> phone,
    Preferences preferences) {

  public static final Profile EMPTY =
      new Profile(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Preferences.DEFAULT);

  public Profile {
    companyName = companyName == null ? Optional.empty() : companyName;
    vatId = vatId == null ? Optional.empty() : vatId;
    address = address == null ? Optional.empty() : address;
    country = country == null ? Optional.empty() : country;
    phone = phone == null ? Optional.empty() : phone;
    Objects.requireNonNull(preferences, "preferences");
  }
}
