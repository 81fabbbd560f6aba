package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.core.invoices.InvoiceIssuer;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a checked order into a paid subscription with its licenses. Money moves first; only a paid
 * order writes anything, and if writing fails after the payment, the payment is refunded.
 */
public final class SubscriptionCheckout {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionCheckout.class);

  private final Transactions transactions;
  private final PaymentGateway gateway;
  private final SubscriptionRepository subscriptions;
  private final LicenseIssuer licenses;
  private final InvoiceIssuer invoices;
  private final InvoicePayments payments;
  private final Clock clock;

  public SubscriptionCheckout(
      Transactions transactions,
      PaymentGateway gateway,
      SubscriptionRepository subscriptions,
      LicenseIssuer licenses,
      InvoiceIssuer invoices,
      InvoicePayments payments,
      Clock clock) {
    this.transactions = transactions;
    this.gateway = gateway;
    this.subscriptions = subscriptions;
    this.licenses = licenses;
    this.invoices = invoices;
    this.payments = payments;
    this.clock = clock;
  }

  Subscription complete(
      UUID accountId, UUID organizationId, CheckedOrder order, String idempotencyKey) {
    Instant now = clock.instant();
    boolean trial = order.plan().trialDays() > 0;
    Instant periodEnd =
        trial ? now.plus(Duration.ofDays(order.plan().trialDays())) : order.period().after(now);
    Subscription subscription =
        new Subscription(
                Ids.newId(clock),
                organizationId,
                order.plan().code(),
                order.seats(),
                order.period(),
                order.price().perSeat(),
                trial ? SubscriptionStatus.TRIALING : SubscriptionStatus.ACTIVE,
                now,
                periodEnd,
                now)
            .toBuilder()
                .price(order.price().perSeat(), order.plan().priceVersion())
                .trialEnd(trial ? Optional.of(periodEnd) : Optional.empty())
                .paymentMethod(Optional.of(order.paymentMethod()))
                .build();
    if (trial) {
      // Nothing is charged now, so the payment method is checked as far as the gateway can tell.
      gateway.refusalOf(order.paymentMethod()).ifPresent(SubscriptionCheckout::refuseMethod);
    }
    String paymentId = trial ? null : collect(subscription, order, accountId, idempotencyKey);
    try {
      transactions.run(
          () -> {
            subscriptions.insert(subscription, accountId, idempotencyKey);
            licenses.issueFor(subscription, order.plan());
            if (paymentId != null) {
              payments.paid(
                  invoices.issue(
                      organizationId,
                      subscription.id(),
                      InvoiceReason.SUBSCRIPTION_CREATE,
                      List.of(
                          SubscriptionRenewals.periodLine(
                              order.plan(),
                              order.seats(),
                              order.price().perSeat(),
                              now,
                              periodEnd))),
                  paymentId);
            }
          });
      return subscription;
    } catch (RuntimeException e) {
      if (paymentId != null && !sameKeyStoredFirst(e, accountId, idempotencyKey)) {
        refundAfterFailure(paymentId, subscription, e);
      }
      throw e;
    }
  }

  /**
   * Whether a concurrent request with the same idempotency key stored its subscription first. The
   * gateway answered both with one payment, which belongs to that subscription and must stay.
   */
  private boolean sameKeyStoredFirst(RuntimeException e, UUID accountId, String idempotencyKey) {
    return e instanceof DuplicateKeyException
        && idempotencyKey != null
        && transactions
            .inTransaction(() -> subscriptions.findByIdempotencyKey(accountId, idempotencyKey))
            .isPresent();
  }

  private String collect(
      Subscription subscription, CheckedOrder order, UUID accountId, String idempotencyKey) {
    String gatewayKey =
        idempotencyKey == null
            ? "subscription-" + subscription.id()
            : "subscription-" + accountId + "-" + idempotencyKey;
    Charge charge =
        new Charge(
            subscription.organizationId(),
            subscription.periodTotal(),
            order.paymentMethod(),
            order.plan().name() + " × " + order.seats() + " (" + order.period() + ")",
            gatewayKey);
    ChargeResult result = gateway.charge(charge);
    if (result instanceof ChargeResult.Paid paid) {
      return paid.paymentId();
    }
    if (result instanceof ChargeResult.Declined declined) {
      throw new LicensingException(
          ErrorCode.PAYMENT_FAILED,
          "the payment was declined (" + declined.declineCode() + "): " + declined.message());
    }
    refuseMethod(((ChargeResult.InvalidPaymentMethod) result).message());
    return null;
  }

  static void refuseMethod(String message) {
    throw new LicensingException(
        ErrorCode.VALIDATION_FAILED,
        "paymentMethod: " + message,
        List.of(new FieldError("paymentMethod", message)));
  }

  private void refundAfterFailure(String paymentId, Subscription subscription, Exception cause) {
    LOG.error(
        "Subscription {} could not be stored after payment {}; refunding",
        subscription.id(),
        paymentId,
        cause);
    try {
      gateway.refund(paymentId, subscription.periodTotal(), "refund-" + subscription.id());
    } catch (RuntimeException refundFailure) {
      LOG.error("Refund of payment {} failed; refund it by hand", paymentId, refundFailure);
    }
  }
}
