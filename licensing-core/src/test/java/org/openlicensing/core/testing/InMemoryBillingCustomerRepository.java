package org.openlicensing.core.testing;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.billing.provider.BillingCustomer;
import org.openlicensing.core.billing.provider.BillingCustomerRepository;

final class InMemoryBillingCustomerRepository implements BillingCustomerRepository {
  private final InMemoryTable<UUID, BillingCustomer> customers;

  InMemoryBillingCustomerRepository(InMemoryTransactions transactions) {
    this.customers = transactions.table("billing_customers");
  }

  @Override
  public void insert(BillingCustomer customer) {
    customers.requireUnique(!customers.containsKey(customer.organizationId()), "organization_id");
    customers.requireUnique(findByCustomerId(customer.customerId()).isEmpty(), "customer_id");
    customers.put(customer.organizationId(), customer);
  }

  @Override
  public Optional<BillingCustomer> findByOrganization(UUID organizationId) {
    return customers.get(organizationId);
  }

  @Override
  public Optional<BillingCustomer> findByCustomerId(String customerId) {
    return customers.all().stream().filter(c -> c.customerId().equals(customerId)).findFirst();
  }
}
