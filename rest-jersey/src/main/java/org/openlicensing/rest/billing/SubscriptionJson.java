package org.openlicensing.rest.billing;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.rest.catalog.MoneyJson;

/** A subscription as its organization's billing managers see it. */
public record SubscriptionJson(
    UUID id,
    UUID organizationId,
    String status,
    String plan,
    int seats,
    String billingPeriod,
    MoneyJson pricePerSeat,
    int priceVersion,
    MoneyJson periodTotal,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    Instant trialEnd,
    Instant createdAt,
    boolean cancelAtPeriodEnd,
    Instant canceledAt,
    Instant endedAt,
    ScheduledChangeJson scheduledChange,
    String paymentMethod,
    DunningJson dunning) {

  /** Fewer seats or a cheaper plan, from the end of the current period. */
  public record ScheduledChangeJson(String plan, int seats, Instant effectiveAt) {}

  /** Where the collection of a failed payment stands; null while payments are in order. */
  public record DunningJson(int failedAttempts, Instant nextAttemptAt, Instant pastDueSince) {
    static DunningJson of(Dunning dunning) {
      return dunning.failedAttempts() == 0
          ? null
          : new DunningJson(
              dunning.failedAttempts(),
              dunning.nextAttemptAt().orElse(null),
              dunning.pastDueSince().orElse(null));
    }
  }

  public static SubscriptionJson of(Subscription s) {
    return new SubscriptionJson(
        s.id(),
        s.organizationId(),
        s.status().name(),
        s.plan(),
        s.seats(),
        s.period().name(),
        MoneyJson.of(s.pricePerSeat()),
        s.priceVersion(),
        MoneyJson.of(s.periodTotal()),
        s.currentPeriodStart(),
        s.currentPeriodEnd(),
        s.trialEnd().orElse(null),
        s.createdAt(),
        s.cancelAtPeriodEnd(),
        s.canceledAt().orElse(null),
        s.endedAt().orElse(null),
        s.scheduledChange()
            .map(c -> new ScheduledChangeJson(c.plan(), c.seats(), s.currentPeriodEnd()))
            .orElse(null),
        s.paymentMethod().orElse(null),
        DunningJson.of(s.dunning()));
  }
}
