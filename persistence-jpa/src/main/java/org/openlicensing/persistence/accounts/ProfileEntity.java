package org.openlicensing.persistence.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.Profile;

/**
 * A row of {@code account_profiles}: the profile of one account, its address spread over columns
 * (all NULL when it has none). Read through JPA; written by {@link ProfileUpsert}.
 */
@Entity(name = "Profile")
@Table(name = "account_profiles")
public class ProfileEntity {
  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "company_name")
  private String companyName;

  @Column(name = "vat_id")
  private String vatId;

  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;

  private String region;

  private String country;

  private String phone;

  @Column(nullable = false)
  private String locale;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "marketing_emails", nullable = false)
  private boolean marketingEmails;

  protected ProfileEntity() {}

  Profile toProfile() {
    Optional<Address> address =
        addressLine1 == null
            ? Optional.empty()
            : Optional.of(
                new Address(
                    addressLine1,
                    Optional.ofNullable(addressLine2),
                    postalCode,
                    city,
                    Optional.ofNullable(region)));
    return new Profile(
        Optional.ofNullable(companyName),
        Optional.ofNullable(vatId),
        address,
        Optional.ofNullable(country),
        Optional.ofNullable(phone),
        new Preferences(locale, timeZone, marketingEmails));
  }
}
