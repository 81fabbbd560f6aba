package org.openlicensing.core.billing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;

/**
 * What a customer's change of seats or plan means, worked out before anything is charged: what
 * applies now and what it costs for the rest of the period, and what waits for the period's end.
 * Upgrades (more seats, a dearer plan) apply now, prorated to the second: the unused part of the
 * old plan is credited and the rest of the period of the new one charged. Downgrades wait, so that
 * the customer keeps what was paid for. During a trial everything applies now and costs nothing.
 *
 * @param plan the plan from now on
 * @param seats the seats from now on
 * @param pricePerSeat the price from now on, and its catalog version
 * @param lines what to invoice now; empty when nothing is charged
 * @param scheduled what waits for the end of the period
 */
public record ChangePlan(
    Plan plan,
    int seats,
    Money pricePerSeat,
    int priceVersion,
    List<InvoiceLine> lines,
    Optional<ScheduledChange> scheduled) {

  public static ChangePlan of(
      Subscription subscription, Plan current, Plan target, int targetSeats, Instant now) {
    boolean trial = subscription.status() == SubscriptionStatus.TRIALING;
    Money targetPrice = priceOf(target, subscription);
    boolean planChanges = !target.code().equals(current.code());
    boolean planUp =
        planChanges && (trial || targetPrice.amount() > subscription.pricePerSeat().amount());
    boolean seatsUp = targetSeats > subscription.seats();
    Plan plan = planUp ? target : current;
    int seats = seatsUp ? targetSeats : subscription.seats();
    Money price = planUp ? targetPrice : subscription.pricePerSeat();
    int version = planUp ? target.priceVersion() : subscription.priceVersion();

    boolean planDown = planChanges && !planUp;
    boolean seatsDown = targetSeats < subscription.seats();
    Optional<ScheduledChange> scheduled =
        planDown || seatsDown
            ? Optional.of(
                new ScheduledChange(
                    planDown ? target.code() : plan.code(), seatsDown ? targetSeats : seats))
            : Optional.empty();

    List<InvoiceLine> lines = new ArrayList<>();
    if (!trial && (planUp || seatsUp)) {
      Instant start = subscription.currentPeriodStart();
      Instant end = subscription.currentPeriodEnd();
      if (planUp) {
        Money unused =
            Proration.remainingShare(subscription.periodTotal(), start, end, now).negate();
        lines.add(
            line(
                "Unused time on " + current.name() + " × " + subscription.seats(),
                InvoiceLineKind.CREDIT,
                unused,
                now,
                end));
        lines.add(
            line(
                "Remaining time on " + target.name() + " × " + seats,
                InvoiceLineKind.PRORATION,
                Proration.remainingShare(price.times(seats), start, end, now),
                now,
                end));
      } else {
        int added = seats - subscription.seats();
        lines.add(
            line(
                current.name() + " × " + added + " added, remaining time",
                InvoiceLineKind.PRORATION,
                Proration.remainingShare(price.times(added), start, end, now),
                now,
                end));
      }
    }
    return new ChangePlan(plan, seats, price, version, lines, scheduled);
  }

  /** What the lines come to; zero without lines. */
  public Money total() {
    Money total = Money.zero(pricePerSeat.currency());
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    return total;
  }

  private static Money priceOf(Plan plan, Subscription subscription) {
    return plan.price(subscription.period(), subscription.pricePerSeat().currency())
        .map(p -> p.perSeat())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    plan.code() + " is not sold " + subscription.period()));
  }

  private static InvoiceLine line(
      String description, InvoiceLineKind kind, Money amount, Instant start, Instant end) {
    return new InvoiceLine(description, kind, 1, amount, amount, start, end);
  }
}
