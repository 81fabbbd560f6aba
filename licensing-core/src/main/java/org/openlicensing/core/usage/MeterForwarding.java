package org.openlicensing.core.usage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.billing.provider.BillingCustomerRepository;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.support.Ids;

/**
 * Queues recorded usage for the payment service's meter, in the recording's transaction, when a
 * payment service runs the billing and the organization is its customer; without either, nothing is
 * billed by usage and nothing is queued.
 */
final class MeterForwarding {
  private final Optional<String> provider;
  private final BillingCustomerRepository customers;
  private final MeterOutboxRepository outbox;
  private final Clock clock;

  /**
   * @param provider the name of the payment service that runs the billing; empty for the built-in
   */
  MeterForwarding(
      Optional<String> provider,
      BillingCustomerRepository customers,
      MeterOutboxRepository outbox,
      Clock clock) {
    this.provider = provider;
    this.customers = customers;
    this.outbox = outbox;
    this.clock = clock;
  }

  void queue(License license, UsageEvent event, Instant now) {
    if (provider.isEmpty()) {
      return;
    }
    customers
        .findByOrganization(license.organizationId())
        .filter(customer -> customer.provider().equals(provider.get()))
        .ifPresent(
            customer ->
                outbox.insert(
                    MeterDelivery.pending(
                        Ids.newId(clock),
                        event.id(),
                        new ProviderMeterEvent(
                            event.metric(),
                            customer.customerId(),
                            event.quantity(),
                            MeterIdentifiers.of(event.licenseId(), event.idempotencyKey()),
                            event.recordedAt())),
                    now));
  }
}
