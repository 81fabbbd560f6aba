package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.billing.MeterEventCreateParams;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;

/**
 * Usage to Stripe Billing meters ({@code POST /v1/billing/meter_events}), on the meter's default
 * payload keys: {@code stripe_customer_id} and {@code value}. The event's identifier makes Stripe
 * count it once; the idempotency key makes a resend answer as the first send did.
 */
final class StripeMeterEvents {
  static final String CUSTOMER_KEY = "stripe_customer_id";
  static final String VALUE_KEY = "value";

  private final StripeClient stripe;

  StripeMeterEvents(StripeClient stripe) {
    this.stripe = stripe;
  }

  void report(ProviderMeterEvent event, String idempotencyKey) throws StripeException {
    MeterEventCreateParams params =
        MeterEventCreateParams.builder()
            .setEventName(event.eventName())
            .putPayload(CUSTOMER_KEY, event.customerId())
            .putPayload(VALUE_KEY, Long.toString(event.value()))
            .setIdentifier(event.identifier())
            .setTimestamp(event.timestamp().getEpochSecond())
            .build();
    stripe.v1().billing().meterEvents().create(params, IdempotencyKeys.post(idempotencyKey));
  }
}
