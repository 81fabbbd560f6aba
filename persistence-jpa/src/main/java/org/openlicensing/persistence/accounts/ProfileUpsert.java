package org.openlicensing.persistence.accounts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.persistence.Writes;

/**
 * Stores a profile whether or not the account has one yet, without ever failing for a concurrent
 * first save: an UPDATE; if no row was there, an {@code INSERT ... ON CONFLICT DO NOTHING}, which
 * waits for a concurrent insert of the same account and then yields to it; and if it yielded, the
 * UPDATE again, so that the later save wins, as it would have with a row in place.
 */
final class ProfileUpsert {
  private static final String COLUMNS =
      "company_name, vat_id, address_line1, address_line2, postal_code, city, region, country,"
          + " phone, locale, time_zone, marketing_emails";

  private ProfileUpsert() {}

  static void save(EntityManager em, UUID accountId, Profile profile) {
    if (update(em, accountId, profile) == 0 && insertIfAbsent(em, accountId, profile) == 0) {
      update(em, accountId, profile);
    }
  }

  private static int update(EntityManager em, UUID accountId, Profile profile) {
    Query update =
        em.createNativeQuery(
            "UPDATE account_profiles SET company_name = ?, vat_id = ?, address_line1 = ?,"
                + " address_line2 = ?, postal_code = ?, city = ?, region = ?, country = ?,"
                + " phone = ?, locale = ?, time_zone = ?, marketing_emails = ?"
                + " WHERE account_id = ?");
    bindColumns(update, profile);
    return Writes.update(em, update.setParameter(13, accountId));
  }

  private static int insertIfAbsent(EntityManager em, UUID accountId, Profile profile) {
    Query insert =
        em.createNativeQuery(
            "INSERT INTO account_profiles ("
                + COLUMNS
                + ", account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
    bindColumns(insert, profile);
    return Writes.update(em, insert.setParameter(13, accountId));
  }

  /** Binds the twelve columns of {@link #COLUMNS}, in order, as parameters 1 to 12. */
  private static void bindColumns(Query statement, Profile profile) {
    Optional<Address> address = profile.address();
    statement
        .setParameter(1, profile.companyName().orElse(null))
        .setParameter(2, profile.vatId().orElse(null))
        .setParameter(3, address.map(Address::line1).orElse(null))
        .setParameter(4, address.flatMap(Address::line2).orElse(null))
        .setParameter(5, address.map(Address::postalCode).orElse(null))
        .setParameter(6, address.map(Address::city).orElse(null))
        .setParameter(7, address.flatMap(Address::region).orElse(null))
        .setParameter(8, profile.country().orElse(null))
        .setParameter(9, profile.phone().orElse(null))
        .setParameter(10, profile.preferences().locale())
        .setParameter(11, profile.preferences().timeZone())
        .setParameter(12, profile.preferences().marketingEmails());
  }
}
