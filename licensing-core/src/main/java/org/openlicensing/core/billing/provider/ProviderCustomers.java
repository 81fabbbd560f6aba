package org.openlicensing.core.billing.provider;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;

/**
 * One customer at the payment service per organization, made on first need and kept. Two servers
 * making it at once send the same idempotency key, {@code customer-<organizationId>}, so the
 * service makes one customer and answers both with it; the second to store the mapping finds the
 * first's. Runs outside any transaction: the service is called between the reads and the write.
 */
public final class ProviderCustomers {
  private final Transactions transactions;
  private final BillingCustomerRepository customers;
  private final OrganizationRepository organizations;
  private final BillingProvider provider;
  private final Clock clock;

  public ProviderCustomers(
      Transactions transactions,
      BillingCustomerRepository customers,
      OrganizationRepository organizations,
      BillingProvider provider,
      Clock clock) {
    this.transactions = transactions;
    this.customers = customers;
    this.organizations = organizations;
    this.provider = provider;
    this.clock = clock;
  }

  /** The organization's customer id at the service, made now if it has none. */
  public String ensure(UUID organizationId) {
    Optional<BillingCustomer> known = stored(organizationId);
    if (known.isPresent()) {
      return known.get().customerId();
    }
    ProviderCustomerDetails details = transactions.inTransaction(() -> details(organizationId));
    String customerId;
    try {
      customerId = provider.createCustomer(details, "customer-" + organizationId);
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
    try {
      transactions.run(
          () ->
              customers.insert(
                  new BillingCustomer(
                      organizationId, provider.name(), customerId, clock.instant())));
    } catch (DuplicateKeyException e) {
      // Another request stored the organization's customer first: the same one, by the key.
    }
    return stored(organizationId).orElseThrow().customerId();
  }

  private Optional<BillingCustomer> stored(UUID organizationId) {
    return transactions.inTransaction(() -> customers.findByOrganization(organizationId));
  }

  private ProviderCustomerDetails details(UUID organizationId) {
    Organization organization =
        organizations
            .findById(organizationId)
            .orElseThrow(() -> LicensingException.notFound("organization"));
    Optional<BillingDetails> billing = organizations.findBillingDetails(organizationId);
    return new ProviderCustomerDetails(
        organizationId,
        billing.map(BillingDetails::legalName).orElse(organization.name()),
        billing.map(BillingDetails::billingEmail),
        billing.map(BillingDetails::country),
        Map.of());
  }
}
