package org.openlicensing.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.core.billing.provider.BillingCustomer;

/** A row of {@code billing_customers}. */
@Entity(name = "BillingCustomer")
@Table(name = "billing_customers")
public class BillingCustomerEntity {
  @Id
  @Column(name = "organization_id")
  private UUID organizationId;

  @Column(nullable = false)
  private String provider;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected BillingCustomerEntity() {}

  static BillingCustomerEntity of(BillingCustomer customer) {
    BillingCustomerEntity entity = new BillingCustomerEntity();
    entity.organizationId = customer.organizationId();
    entity.provider = customer.provider();
    entity.customerId = customer.customerId();
    entity.createdAt = customer.createdAt();
    return entity;
  }

  BillingCustomer toCustomer() {
    return new BillingCustomer(organizationId, provider, customerId, createdAt);
  }
}
