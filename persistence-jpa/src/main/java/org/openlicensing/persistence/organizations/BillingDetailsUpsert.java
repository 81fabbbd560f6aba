package org.openlicensing.persistence.organizations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.UUID;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.persistence.Writes;

/**
 * Stores an organization's billing details whether or not it has some yet, without failing for a
 * concurrent first save: an UPDATE; if no row was there, an {@code INSERT ... ON CONFLICT DO
 * NOTHING}, which waits for a concurrent insert of the same organization and then yields to it; and
 * if it yielded, the UPDATE again, so that the later save wins, as it would have with a row in
 * place.
 */
final class BillingDetailsUpsert {
  private BillingDetailsUpsert() {}

  static void save(EntityManager em, UUID organizationId, BillingDetails details) {
    if (update(em, organizationId, details) == 0
        && insertIfAbsent(em, organizationId, details) == 0) {
      update(em, organizationId, details);
    }
  }

  private static int update(EntityManager em, UUID organizationId, BillingDetails details) {
    Query update =
        em.createNativeQuery(
            "UPDATE organization_billing_details SET legal_name = ?, vat_id = ?,"
                + " address_line1 = ?, address_line2 = ?, postal_code = ?, city = ?, region = ?,"
                + " country = ?, billing_email = ? WHERE organization_id = ?");
    bindColumns(update, details);
    return Writes.update(em, update.setParameter(10, organizationId));
  }

  private static int insertIfAbsent(EntityManager em, UUID organizationId, BillingDetails details) {
    Query insert =
        em.createNativeQuery(
            "INSERT INTO organization_billing_details (legal_name, vat_id, address_line1,"
                + " address_line2, postal_code, city, region, country, billing_email,"
                + " organization_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
    bindColumns(insert, details);
    return Writes.update(em, insert.setParameter(10, organizationId));
  }

  /** Binds the nine columns of the details, in the order of the statements, as 1 to 9. */
  private static void bindColumns(Query statement, BillingDetails details) {
    Address address = details.address();
    statement
        .setParameter(1, details.legalName())
        .setParameter(2, details.vatId().orElse(null))
        .setParameter(3, address.line1())
        .setParameter(4, address.line2().orElse(null))
        .setParameter(5, address.postalCode())
        .setParameter(6, address.city())
        .setParameter(7, address.region().orElse(null))
        .setParameter(8, details.country())
        .setParameter(9, details.billingEmail());
  }
}
