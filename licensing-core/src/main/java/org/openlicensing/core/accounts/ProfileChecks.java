package org.openlicensing.core.accounts;

import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.accounts.Change;
import org.openlicensing.api.accounts.Preferences;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.api.accounts.ProfileUpdate;
import org.openlicensing.core.support.Countries;
import org.openlicensing.core.support.FieldChecks;

/**
 * Applies a partial profile update to a profile, checking every field and naming those at fault.
 */
final class ProfileChecks {
  private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds();
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
  private static final int LINE = 200;

  private ProfileChecks() {}

  static Profile apply(Profile current, ProfileUpdate update, FieldChecks checks) {
    Optional<String> country = text(current.country(), update.country(), checks, "country", 2);
    if (update.country() != null && update.country().value() != null) {
      country = country.map(c -> c.toUpperCase(Locale.ROOT));
      if (country.isPresent() && Countries.normalize(country.get()).isEmpty()) {
        checks.reject("country", "is not an ISO 3166-1 alpha-2 country code");
      }
    }
    Optional<String> vatId = text(current.vatId(), update.vatId(), checks, "vatId", 40);
    if (vatId.isPresent() && (update.vatId() != null || update.country() != null)) {
      Optional<String> normalized = VatIds.normalize(vatId.get(), country.orElse(null));
      if (normalized.isEmpty()) {
        checks.reject(
            "vatId",
            country.filter(VatIds::isEuCountry).isPresent()
                ? "is not a VAT number of " + country.get()
                : "is not a VAT number");
      }
      vatId = normalized;
    }
    Optional<String> phone = text(current.phone(), update.phone(), checks, "phone", 16);
    if (update.phone() != null && phone.isPresent()) {
      String compact = phone.get().replaceAll("[\\s()\\-]", "");
      if (!E164.matcher(compact).matches()) {
        checks.reject("phone", "must be in E.164 form, such as +4930123456");
      }
      phone = Optional.of(compact);
    }
    return new Profile(
        text(current.companyName(), update.companyName(), checks, "companyName", LINE),
        vatId,
        address(current.address(), update.address(), checks),
        country,
        phone,
        preferences(current.preferences(), update, checks));
  }

  private static Optional<String> text(
      Optional<String> current, Change<String> change, FieldChecks checks, String field, int max) {
    if (change == null) {
      return current;
    }
    return Optional.ofNullable(checks.optionalText(field, change.value(), max));
  }

  private static Optional<Address> address(
      Optional<Address> current, Change<AddressInput> change, FieldChecks checks) {
    if (change == null) {
      return current;
    }
    AddressInput input = change.value();
    if (input == null) {
      return Optional.empty();
    }
    String line1 = checks.text("address.line1", input.line1(), LINE);
    String line2 = checks.optionalText("address.line2", input.line2(), LINE);
    String postalCode = checks.text("address.postalCode", input.postalCode(), 20);
    String city = checks.text("address.city", input.city(), LINE);
    String region = checks.optionalText("address.region", input.region(), LINE);
    if (checks.hasErrors() || line1 == null || postalCode == null || city == null) {
      return current;
    }
    return Optional.of(
        new Address(
            line1, Optional.ofNullable(line2), postalCode, city, Optional.ofNullable(region)));
  }

  private static Preferences preferences(
      Preferences current, ProfileUpdate update, FieldChecks checks) {
    String locale = current.locale();
    if (update.locale() != null) {
      locale = checks.parse("locale", update.locale().value(), ProfileChecks::languageTag);
    }
    String timeZone = current.timeZone();
    if (update.timeZone() != null) {
      timeZone = checks.parse("timeZone", update.timeZone().value(), ProfileChecks::timeZone);
    }
    boolean marketing = current.marketingEmails();
    if (update.marketingEmails() != null) {
      Boolean value = checks.required("marketingEmails", update.marketingEmails().value());
      marketing = value != null && value;
    }
    if (locale == null || timeZone == null) {
      return current;
    }
    return new Preferences(locale, timeZone, marketing);
  }

  private static String languageTag(String tag) {
    if (tag.length() > 35) {
      throw new IllegalArgumentException("is not a BCP 47 language tag");
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("is not a BCP 47 language tag, such as de-DE");
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("is not a BCP 47 language tag, such as de-DE");
    }
  }

  private static String timeZone(String zone) {
    if (!TIME_ZONES.contains(zone)) {
      throw new IllegalArgumentException("is not an IANA time zone, such as Europe/Berlin");
    }
    return zone;
  }
}
