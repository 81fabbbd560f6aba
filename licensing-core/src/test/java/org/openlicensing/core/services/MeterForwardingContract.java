package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.core.billing.provider.ProviderException.Kind;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.FakeBillingProvider;
import org.openlicensing.core.usage.MeterDelivery;
import org.openlicensing.core.usage.MeterEventRelay;

/**
 * Stripe mode: recorded usage goes to the payment service's meter through the outbox, once per
 * event, retried while the service is unavailable, and given up when retrying cannot help.
 */
public abstract class MeterForwardingContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private UsageSetup setup;
  private FakeBillingProvider stripe;
  private MeterEventRelay relay;
  private License license;

  @BeforeEach
  void buyInStripeMode() {
    CoreFixture fixture = CoreFixture.withProvider(persistence());
    setup = UsageSetup.of(fixture, 1);
    stripe = fixture.provider;
    relay = fixture.licensing.meterEvents();
    license = setup.license();
  }

  private MeterDelivery deliveryOf(RecordedUsage recorded) {
    return setup
        .fixture
        .store
        .transactions()
        .inTransaction(
            () -> setup.fixture.store.meterOutbox().findByUsageEvent(recorded.event().id()))
        .orElseThrow();
  }

  private String customerId() {
    return setup
        .fixture
        .store
        .transactions()
        .inTransaction(
            () -> setup.fixture.store.billingCustomers().findByOrganization(setup.organizationId))
        .orElseThrow()
        .customerId();
  }

  @Test
  void recordedUsageReachesTheCustomersMeterOnce() {
    RecordedUsage recorded = setup.record(license, "api_calls", 25);
    setup.usage().record(UsageSetup.device(license), license.id(), repeatOf(recorded));

    assertThat(relay.deliverAllDue()).isEqualTo(1);
    assertThat(relay.deliverAllDue()).isZero();

    ProviderMeterEvent sent = stripe.meterEvents().get(0);
    assertThat(stripe.meterEvents()).hasSize(1);
    assertThat(sent.eventName()).isEqualTo("api_calls");
    assertThat(sent.customerId()).isEqualTo(customerId());
    assertThat(sent.value()).isEqualTo(25);
    assertThat(sent.timestamp()).isEqualTo(recorded.event().recordedAt());
    assertThat(sent.identifier()).startsWith("olu_").hasSize(68);
    assertThat(stripe.calls()).contains("reportMeterEvent " + sent.identifier());
    assertThat(deliveryOf(recorded).status()).isEqualTo(MeterDelivery.Status.SENT);
  }

  @Test
  void theIdentifierIsStableForALicenseAndKey() {
    RecordedUsage a = setup.record(license, "api_calls", 1);
    RecordedUsage b = setup.record(license, "api_calls", 1);

    assertThat(deliveryOf(a).event().identifier()).isNotEqualTo(deliveryOf(b).event().identifier());
    assertThat(deliveryOf(a).event().identifier())
        .isEqualTo(deliveryOf(a).event().identifier())
        .matches("olu_[0-9a-f]{64}");
  }

  @Test
  void anUnavailableServiceIsRetriedLaterAndCountsOnce() {
    RecordedUsage recorded = setup.record(license, "api_calls", 3);
    stripe.failNext(Kind.UNAVAILABLE);

    assertThat(relay.deliverAllDue()).isZero();
    MeterDelivery failed = deliveryOf(recorded);
    assertThat(failed.status()).isEqualTo(MeterDelivery.Status.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).get().asString().contains("UNAVAILABLE");
    assertThat(relay.deliverAllDue()).as("not due before the backoff").isZero();

    setup.fixture.clock.advance(Duration.ofSeconds(31));
    assertThat(relay.deliverAllDue()).isEqualTo(1);
    assertThat(stripe.meterEvents()).hasSize(1);
    assertThat(deliveryOf(recorded).status()).isEqualTo(MeterDelivery.Status.SENT);
    assertThat(deliveryOf(recorded).attempts()).isEqualTo(2);
  }

  @Test
  void aRefusedEventIsDeadAndNotRetried() {
    RecordedUsage recorded = setup.record(license, "api_calls", 3);
    stripe.failNext(Kind.INVALID_REQUEST);

    relay.deliverAllDue();
    setup.fixture.clock.advance(Duration.ofHours(2));
    relay.deliverAllDue();

    assertThat(deliveryOf(recorded).status()).isEqualTo(MeterDelivery.Status.DEAD);
    assertThat(stripe.meterEvents()).isEmpty();
  }

  @Test
  void anEventTooOldForTheServiceIsGivenUpWithoutSending() {
    RecordedUsage recorded = setup.record(license, "api_calls", 3);
    setup.fixture.clock.advance(Duration.ofDays(35));

    relay.deliverAllDue();

    assertThat(deliveryOf(recorded).status()).isEqualTo(MeterDelivery.Status.DEAD);
    assertThat(stripe.meterEvents()).isEmpty();
  }

  private static NewUsage repeatOf(RecordedUsage recorded) {
    return new NewUsage(
        recorded.event().metric(), recorded.event().quantity(), recorded.event().idempotencyKey());
  }
}
