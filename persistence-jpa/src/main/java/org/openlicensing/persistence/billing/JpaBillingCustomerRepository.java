package org.openlicensing.persistence.billing;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.billing.provider.BillingCustomer;
import org.openlicensing.core.billing.provider.BillingCustomerRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

public final class JpaBillingCustomerRepository implements BillingCustomerRepository {
  private final JpaTransactions transactions;

  public JpaBillingCustomerRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(BillingCustomer customer) {
    Writes.insert(transactions.entityManager(), BillingCustomerEntity.of(customer));
  }

  @Override
  public Optional<BillingCustomer> findByOrganization(UUID organizationId) {
    return Optional.ofNullable(
            transactions.entityManager().find(BillingCustomerEntity.class, organizationId))
        .map(BillingCustomerEntity::toCustomer);
  }

  @Override
  public Optional<BillingCustomer> findByCustomerId(String customerId) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT c FROM BillingCustomer c WHERE c.customerId = :customer",
            BillingCustomerEntity.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .findFirst()
        .map(BillingCustomerEntity::toCustomer);
  }
}
