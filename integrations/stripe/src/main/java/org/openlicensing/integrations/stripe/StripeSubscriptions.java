package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import org.openlicensing.core.billing.provider.NewProviderSubscription;
import org.openlicensing.core.billing.provider.ProrationBehavior;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;

/** Subscriptions of one item, the plan's per-seat price, with quantity equal to seats. */
final class StripeSubscriptions {
  private final StripeClient stripe;
  private final StripePriceCatalog prices;

  StripeSubscriptions(StripeClient stripe, StripePriceCatalog prices) {
    this.stripe = stripe;
    this.prices = prices;
  }

  /**
   * With {@code payment_behavior=error_if_incomplete}, a first invoice that cannot be paid answers
   * 402 and Stripe keeps no subscription; the default would keep an incomplete one.
   */
  ProviderSubscription create(NewProviderSubscription request, String idempotencyKey)
      throws StripeException {
    String priceId = prices.priceId(request.price(), idempotencyKey);
    SubscriptionCreateParams.Builder params =
        SubscriptionCreateParams.builder()
            .setCustomer(request.customerId())
            .addItem(
                SubscriptionCreateParams.Item.builder()
                    .setPrice(priceId)
                    .setQuantity((long) request.seats())
                    .build())
            .setDefaultPaymentMethod(request.paymentMethod())
            .setPaymentBehavior(SubscriptionCreateParams.PaymentBehavior.ERROR_IF_INCOMPLETE)
            .putAllMetadata(request.metadata());
    if (request.trialDays() > 0) {
      params.setTrialPeriodDays((long) request.trialDays());
    }
    return SubscriptionMapper.map(
        stripe.v1().subscriptions().create(params.build(), IdempotencyKeys.post(idempotencyKey)));
  }

  ProviderSubscription change(
      String subscriptionId, ProviderSubscriptionChange change, String idempotencyKey)
      throws StripeException {
    SubscriptionUpdateParams.Builder params =
        SubscriptionUpdateParams.builder()
            // A change whose invoice cannot be paid is refused and not applied, as at creation.
            .setPaymentBehavior(SubscriptionUpdateParams.PaymentBehavior.ERROR_IF_INCOMPLETE);
    if (change.changesItem()) {
      SubscriptionItem item = SubscriptionMapper.onlyItem(retrieve(subscriptionId));
      SubscriptionUpdateParams.Item.Builder newItem =
          SubscriptionUpdateParams.Item.builder().setId(item.getId());
      change.seats().ifPresent(seats -> newItem.setQuantity((long) seats));
      if (change.price().isPresent()) {
        newItem.setPrice(prices.priceId(change.price().get(), idempotencyKey));
      }
      params.addItem(newItem.build()).setProrationBehavior(proration(change.proration()));
    }
    // The subscription's own default wins over the customer's, so a new card is set here.
    change.paymentMethod().ifPresent(params::setDefaultPaymentMethod);
    return SubscriptionMapper.map(
        stripe
            .v1()
            .subscriptions()
            .update(subscriptionId, params.build(), IdempotencyKeys.post(idempotencyKey)));
  }

  ProviderSubscription cancelAtPeriodEnd(
      String subscriptionId, boolean cancel, String idempotencyKey) throws StripeException {
    SubscriptionUpdateParams params =
        SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build();
    return SubscriptionMapper.map(
        stripe
            .v1()
            .subscriptions()
            .update(subscriptionId, params, IdempotencyKeys.post(idempotencyKey)));
  }

  /**
   * {@code DELETE /v1/subscriptions/{id}}. Stripe ignores idempotency keys on DELETE, so a repeated
   * call is made idempotent here: when Stripe refuses, a subscription that already ended is the
   * answer, and one that does not exist is NOT_FOUND.
   */
  ProviderSubscription cancelNow(String subscriptionId) throws StripeException {
    try {
      return SubscriptionMapper.map(
          stripe.v1().subscriptions().cancel(subscriptionId, IdempotencyKeys.read()));
    } catch (InvalidRequestException refused) {
      Subscription current = retrieve(subscriptionId);
      if (!"canceled".equals(current.getStatus())) {
        throw refused;
      }
      return SubscriptionMapper.map(current);
    }
  }

  ProviderSubscription fetch(String subscriptionId) throws StripeException {
    return SubscriptionMapper.map(retrieve(subscriptionId));
  }

  private Subscription retrieve(String subscriptionId) throws StripeException {
    return stripe.v1().subscriptions().retrieve(subscriptionId, IdempotencyKeys.read());
  }

  private static SubscriptionUpdateParams.ProrationBehavior proration(ProrationBehavior behavior) {
    return switch (behavior) {
      case CREATE_PRORATIONS -> SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS;
      case ALWAYS_INVOICE -> SubscriptionUpdateParams.ProrationBehavior.ALWAYS_INVOICE;
      case NONE -> SubscriptionUpdateParams.ProrationBehavior.NONE;
    };
  }
}
