package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.invoices.InvoiceIssuer;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.FieldChecks;

/**
 * A customer's changes of a subscription: seats, plan and payment method. The change is worked out
 * and checked first; an upgrade is then charged outside any transaction; last, under the
 * subscription's lock, the change is written with its invoice and licenses, if the subscription is
 * still as it was. A declined payment changes nothing.
 */
public final class SubscriptionChanges {
  private static final int MAX_PAYMENT_METHOD_LENGTH = 255;

  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final PlanRepository plans;
  private final LicenseRepository licenses;
  private final LicenseIssuer licenseIssuer;
  private final OrganizationAccess access;
  private final PaymentGateway gateway;
  private final InvoiceIssuer invoices;
  private final InvoicePayments payments;
  private final InvoiceCollection collection;
  private final AuditLog audit;
  private final Clock clock;

  public SubscriptionChanges(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      PlanRepository plans,
      LicenseRepository licenses,
      LicenseIssuer licenseIssuer,
      OrganizationAccess access,
      PaymentGateway gateway,
      InvoiceIssuer invoices,
      InvoicePayments payments,
      InvoiceCollection collection,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.plans = plans;
    this.licenses = licenses;
    this.licenseIssuer = licenseIssuer;
    this.access = access;
    this.gateway = gateway;
    this.invoices = invoices;
    this.payments = payments;
    this.collection = collection;
    this.audit = audit;
    this.clock = clock;
  }

  /** The change as checked against the subscription it was read from. */
  private record Checked(Subscription before, ChangePlan plan, Optional<String> paymentMethod) {}

  public Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client) {
    if (change == null || change.isEmpty()) {
      throw LicensingException.invalid("seats", "name the seats, plan or paymentMethod to change");
    }
    Instant now = clock.instant();
    Checked checked = transactions.inTransaction(() -> check(caller, subscriptionId, change, now));
    String paymentId = chargeFor(caller, checked, idempotencyKey);
    Subscription changed;
    try {
      changed = transactions.inTransaction(() -> write(caller, checked, paymentId, client));
    } catch (RuntimeException e) {
      if (paymentId != null) {
        gateway.refund(paymentId, checked.plan().total(), "refund-" + paymentId);
      }
      throw e;
    }
    boolean owes =
        changed.status() == SubscriptionStatus.PAST_DUE
            || changed.status() == SubscriptionStatus.UNPAID;
    if (checked.paymentMethod().isPresent() && owes && !collection.collect(subscriptionId, true)) {
      throw new LicensingException(
          ErrorCode.PAYMENT_FAILED,
          "the new payment method was declined too; the invoice is still open");
    }
    return transactions.inTransaction(() -> subscriptions.findById(subscriptionId).orElseThrow());
  }

  private Checked check(Caller caller, UUID id, SubscriptionChange change, Instant now) {
    Subscription subscription = visible(caller, id);
    Transitions.requireLive(subscription);
    FieldChecks checks = new FieldChecks();
    Plan current = plans.findByCode(subscription.plan()).orElseThrow();
    Plan target = current;
    if (change.plan() != null) {
      target =
          plans
              .findByCode(change.plan())
              .orElseGet(() -> checks.reject("plan", "is not a plan of the catalog"));
      if (target != null && !target.active() && !target.code().equals(current.code())) {
        // Moving to a retired plan would be buying it anew; staying on one is renewing.
        checks.reject("plan", "is retired and no longer sold");
      }
    }
    if (target != null
        && target.price(subscription.period(), subscription.pricePerSeat().currency()).isEmpty()) {
      checks.reject("plan", "is not sold " + subscription.period());
    }
    int seats = subscription.seats();
    if (change.seats() != null && target != null) {
      seats = checks.number("seats", change.seats(), target.minSeats(), target.maxSeats());
      int assigned = licenses.countBySubscription(id).assigned();
      if (!checks.hasErrors() && seats < assigned) {
        checks.reject("seats", "cannot go below the " + assigned + " licenses assigned");
      }
    } else if (target != null && !target.allowsSeats(seats)) {
      checks.reject("plan", "does not allow " + seats + " seats");
    }
    Optional<String> method =
        Optional.ofNullable(
            checks.optionalText(
                "paymentMethod", change.paymentMethod(), MAX_PAYMENT_METHOD_LENGTH));
    method.flatMap(gateway::refusalOf).ifPresent(why -> checks.reject("paymentMethod", why));
    checks.throwIfAny();
    boolean owes =
        subscription.status() == SubscriptionStatus.PAST_DUE
            || subscription.status() == SubscriptionStatus.UNPAID;
    boolean changesTerms = !target.code().equals(current.code()) || seats != subscription.seats();
    if (owes && changesTerms) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "the subscription has an unpaid invoice; pay it with a new paymentMethod first");
    }
    return new Checked(
        subscription, ChangePlan.of(subscription, current, target, seats, now), method);
  }

  private String chargeFor(Caller caller, Checked checked, String idempotencyKey) {
    if (checked.plan().total().amount() <= 0) {
      return null;
    }
    String method =
        checked
            .paymentMethod()
            .or(() -> checked.before().paymentMethod())
            .orElseThrow(() -> LicensingException.invalid("paymentMethod", "is required"));
    String key =
        idempotencyKey == null
            ? "change-" + checked.before().id() + "-" + UUID.randomUUID()
            : "change-" + checked.before().id() + "-" + Callers.idOf(caller) + "-" + idempotencyKey;
    ChargeResult result =
        gateway.charge(
            new Charge(
                checked.before().organizationId(),
                checked.plan().total(),
                method,
                "Change of subscription " + checked.before().id(),
                key));
    if (result instanceof ChargeResult.Paid paid) {
      return paid.paymentId();
    }
    if (result instanceof ChargeResult.Declined declined) {
      throw new LicensingException(
          ErrorCode.PAYMENT_FAILED,
          "the payment was declined (" + declined.declineCode() + "); nothing changed");
    }
    SubscriptionCheckout.refuseMethod(((ChargeResult.InvalidPaymentMethod) result).message());
    return null;
  }

  private Subscription write(Caller caller, Checked checked, String paymentId, ClientInfo client) {
    Subscription before = checked.before();
    Subscription now = subscriptions.lock(before.id()).orElseThrow();
    if (!sameTerms(before, now)) {
      throw new LicensingException(
          ErrorCode.CONFLICT, "the subscription changed meanwhile; read it and try again");
    }
    ChangePlan plan = checked.plan();
    if (paymentId != null) {
      payments.paid(
          invoices.issue(
              now.organizationId(), now.id(), InvoiceReason.SUBSCRIPTION_UPDATE, plan.lines()),
          paymentId);
    }
    Subscription changed =
        now.toBuilder()
            .plan(plan.plan().code())
            .seats(plan.seats())
            .price(plan.pricePerSeat(), plan.priceVersion())
            .scheduledChange(plan.scheduled())
            .paymentMethod(checked.paymentMethod().or(now::paymentMethod))
            .build();
    subscriptions.update(changed);
    if (!plan.plan().code().equals(now.plan())) {
      licenses.changePlan(now.id(), plan.plan());
    }
    if (plan.seats() > now.seats()) {
      licenseIssuer.issue(changed, plan.plan(), plan.seats() - now.seats());
    }
    AuditEntry entry =
        AuditEntry.onSubscription("subscription.changed", now.id(), now.organizationId())
            .with("plan", plan.plan().code())
            .with("seats", Integer.toString(plan.seats()))
            .with("charged", Long.toString(plan.total().amount()));
    if (plan.scheduled().isPresent()) {
      entry =
          entry
              .with("scheduledPlan", plan.scheduled().get().plan())
              .with("scheduledSeats", Integer.toString(plan.scheduled().get().seats()));
    }
    if (checked.paymentMethod().isPresent()) {
      entry = entry.with("paymentMethod", "changed");
    }
    audit.record(caller, entry, client);
    return changed;
  }

  private static boolean sameTerms(Subscription a, Subscription b) {
    return a.plan().equals(b.plan())
        && a.seats() == b.seats()
        && a.status() == b.status()
        && a.currentPeriodEnd().equals(b.currentPeriodEnd());
  }

  private Subscription visible(Caller caller, UUID id) {
    Subscription subscription =
        subscriptions.findById(id).orElseThrow(() -> LicensingException.notFound("subscription"));
    access.requireFor(
        caller,
        subscription.organizationId(),
        OrganizationPermission.MANAGE_BILLING,
        "subscription");
    return subscription;
  }
}
