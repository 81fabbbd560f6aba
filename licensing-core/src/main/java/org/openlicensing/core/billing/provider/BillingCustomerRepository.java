package org.openlicensing.core.billing.provider;

import java.util.Optional;
import java.util.UUID;

/** Where the organizations' customers at the payment service are kept. */
public interface BillingCustomerRepository {

  /**
   * Stores the customer of an organization. An organization that has one already, or a customer id
   * stored for another organization, is a DuplicateKeyException.
   */
  void insert(BillingCustomer customer);

  Optional<BillingCustomer> findByOrganization(UUID organizationId);

  Optional<BillingCustomer> findByCustomerId(String customerId);
}
