package org.openlicensing.api.accounts;

import java.util.Objects;

/**
 * How the account wants to be addressed.
 *
 * @param locale an IETF BCP 47 language tag, such as {@code de-DE}
 * @param timeZone an IANA time zone, such as {@code Europe/Berlin}
 * @param marketingEmails whether the account agreed to marketing e-mails
 */
public record Preferences(String locale, String timeZone, boolean marketingEmails) {
  public static final Preferences DEFAULT = new Preferences("en", "UTC", false);

  public Preferences {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timeZone, "timeZone");
  }
}
