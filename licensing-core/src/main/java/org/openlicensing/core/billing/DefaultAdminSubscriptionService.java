package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.admin.AdminSubscriptionService;
import org.openlicensing.api.admin.SubscriptionDetail;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.SubscriptionRepository.RenewalPosition;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.licenses.LicenseRepository.LicenseCounts;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.Cursors;
import org.openlicensing.core.support.FieldChecks;

/**
 * Subscriptions for platform admins: the overview, a detail view, and support's manual actions,
 * each audited with its reason.
 */
public final class DefaultAdminSubscriptionService implements AdminSubscriptionService {
  private static final int MAX_REASON_LENGTH = 500;
  private static final int MAX_TRIAL_EXTENSION_DAYS = 365;

  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final InvoiceRepository invoices;
  private final PlanRepository plans;
  private final LicenseRepository licenses;
  private final LicenseIssuer licenseIssuer;
  private final SubscriptionEngine engine;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultAdminSubscriptionService(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      InvoiceRepository invoices,
      PlanRepository plans,
      LicenseRepository licenses,
      LicenseIssuer licenseIssuer,
      SubscriptionEngine engine,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.plans = plans;
    this.licenses = licenses;
    this.licenseIssuer = licenseIssuer;
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Page<Subscription> list(
      Caller caller, SubscriptionFilter filter, String cursor, int limit) {
    Callers.requirePlatformAdmin(caller);
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    RenewalPosition after = position(cursor);
    List<Subscription> rows =
        transactions.inTransaction(
            () ->
                subscriptions.search(
                    filter == null ? SubscriptionFilter.ALL : filter, after, limit + 1));
    return Cursors.page(
        rows, limit, s -> Cursors.encode(s.currentPeriodEnd().toString(), s.id().toString()));
  }

  private static RenewalPosition position(String cursor) {
    if (cursor == null) {
      return null;
    }
    List<String> parts = Cursors.decode(cursor, 2);
    try {
      return new RenewalPosition(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
    } catch (RuntimeException e) {
      throw Cursors.invalid();
    }
  }

  @Override
  public SubscriptionDetail detail(Caller caller, UUID subscriptionId) {
    Callers.requirePlatformAdmin(caller);
    return transactions.inTransaction(
        () -> {
          Subscription subscription = found(subscriptionId);
          LicenseCounts counts = licenses.countBySubscription(subscriptionId);
          return new SubscriptionDetail(
              subscription,
              invoices.findBySubscription(subscriptionId),
              counts.live(),
              counts.assigned());
        });
  }

  @Override
  public Subscription cancel(
      Caller caller, UUID subscriptionId, boolean now, String reason, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    String why = reason(reason);
    transactions.run(() -> found(subscriptionId));
    Subscription result =
        now
            ? engine.cancelNow(caller, subscriptionId, client)
            : engine.cancelAtPeriodEnd(caller, subscriptionId, client);
    transactions.run(
        () ->
            audit.record(
                caller,
                AuditEntry.onSubscription(
                        "admin.subscription_canceled", subscriptionId, result.organizationId())
                    .with("when", now ? "now" : "period_end")
                    .with("reason", why),
                client));
    return result;
  }

  @Override
  public Subscription extendTrial(
      Caller caller, UUID subscriptionId, Integer days, String reason, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    FieldChecks checks = new FieldChecks();
    int extension = checks.number("days", days, 1, MAX_TRIAL_EXTENSION_DAYS);
    String why = checks.text("reason", reason, MAX_REASON_LENGTH);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          Subscription subscription = lockedOwnTerms(subscriptionId);
          if (subscription.status() != SubscriptionStatus.TRIALING) {
            throw new LicensingException(
                ErrorCode.INVALID_STATE_TRANSITION, "only a trialing subscription has a trial");
          }
          Instant end = subscription.currentPeriodEnd().plus(Duration.ofDays(extension));
          Subscription extended =
              subscription.toBuilder()
                  .currentPeriod(subscription.currentPeriodStart(), end)
                  .trialEnd(Optional.of(end))
                  .build();
          subscriptions.update(extended);
          licenses.renewAll(subscriptionId, end);
          audit.record(
              caller,
              AuditEntry.onSubscription(
                      "admin.trial_extended", subscriptionId, subscription.organizationId())
                  .with("days", Integer.toString(extension))
                  .with("trialEnd", end.toString())
                  .with("reason", why),
              client);
          return extended;
        });
  }

  @Override
  public Subscription changeSeats(
      Caller caller, UUID subscriptionId, Integer seats, String reason, ClientInfo client) {
    Callers.requirePlatformAdmin(caller);
    FieldChecks checks = new FieldChecks();
    checks.required("seats", seats);
    String why = checks.text("reason", reason, MAX_REASON_LENGTH);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          Subscription subscription = lockedOwnTerms(subscriptionId);
          Transitions.requireLive(subscription);
          Plan plan = plans.findByCode(subscription.plan()).orElseThrow();
          LicenseCounts counts = licenses.countBySubscription(subscriptionId);
          FieldChecks bounds = new FieldChecks();
          int wanted = bounds.number("seats", seats, plan.minSeats(), plan.maxSeats());
          if (!bounds.hasErrors() && wanted < counts.assigned()) {
            bounds.reject(
                "seats", "cannot go below the " + counts.assigned() + " licenses assigned");
          }
          bounds.throwIfAny();
          Subscription changed = subscription.toBuilder().seats(wanted).build();
          subscriptions.update(changed);
          if (wanted > counts.live()) {
            licenseIssuer.issue(changed, plan, wanted - counts.live());
          } else if (wanted < counts.live()) {
            licenses.revokeUnassigned(subscriptionId, counts.live() - wanted);
          }
          audit.record(
              caller,
              AuditEntry.onSubscription(
                      "admin.seats_changed", subscriptionId, subscription.organizationId())
                  .with("from", Integer.toString(subscription.seats()))
                  .with("to", Integer.toString(wanted))
                  .with("reason", why),
              client);
          return changed;
        });
  }

  private String reason(String reason) {
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, MAX_REASON_LENGTH);
    checks.throwIfAny();
    return why;
  }

  private Subscription found(UUID id) {
    return subscriptions
        .findById(id)
        .orElseThrow(() -> LicensingException.notFound("subscription"));
  }

  /**
   * A subscription whose terms the library sets itself. One a payment service runs takes its terms
   * from there (the library mirrors them), so support changes it there.
   */
  private Subscription lockedOwnTerms(UUID id) {
    Subscription subscription =
        subscriptions.lock(id).orElseThrow(() -> LicensingException.notFound("subscription"));
    if (subscription.isProviderManaged()) {
      throw new LicensingException(
          ErrorCode.CONFLICT,
          "the subscription runs at the payment service; change its trial or seats there");
    }
    return subscription;
  }
}
