package org.openlicensing.rest.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountProfile;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.Profile;

/** An account as its owner (and support staff) see it, with its profile and preferences. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountJson(
    UUID id,
    String email,
    String name,
    String status,
    List<String> roles,
    UUID personalOrganizationId,
    Instant createdAt,
    ProfileJson profile,
    PreferencesJson preferences) {

  /** The business profile. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ProfileJson(
      String companyName, String vatId, AddressJson address, String country, String phone) {}

  /** A postal address. */
  public record AddressJson(
      String line1, String line2, String postalCode, String city, String region) {
    public static AddressJson of(Address a) {
      return new AddressJson(
          a.line1(), a.line2().orElse(null), a.postalCode(), a.city(), a.region().orElse(null));
    }
  }

  /** Locale, time zone, and whether marketing e-mails are welcome. */
  public record PreferencesJson(String locale, String timeZone, boolean marketingEmails) {
    static PreferencesJson of(Preferences p) {
      return new PreferencesJson(p.locale(), p.timeZone(), p.marketingEmails());
    }
  }

  public static AccountJson of(AccountProfile me) {
    return of(me.account(), me.profile());
  }

  public static AccountJson of(Account account, Profile profile) {
    return new AccountJson(
        account.id(),
        account.email(),
        account.name(),
        account.status().name(),
        account.roles().stream().map(Enum::name).sorted().toList(),
        account.personalOrganizationId(),
        account.createdAt(),
        new ProfileJson(
            profile.companyName().orElse(null),
            profile.vatId().orElse(null),
            profile.address().map(AddressJson::of).orElse(null),
            profile.country().orElse(null),
            profile.phone().orElse(null)),
        PreferencesJson.of(profile.preferences()));
  }
}
