package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Licenses that will not renew: their customers are reminded 14 and 3 days before they expire, each
 * reminder once however often the job runs; renewing subscriptions get none.
 */
public abstract class ExpiryRemindersContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private BillingSteps steps;
  private String ownerEmail;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    steps = new BillingSteps(fixture, fixture.customer());
    ownerEmail = fixture.licensing.accounts().get(steps.owner.accountId()).email();
  }

  private List<Email> reminders() {
    fixture.deliverMail();
    return fixture.mailer.sentTo(ownerEmail).stream()
        .filter(m -> m.subject().startsWith("Your licenses expire"))
        .toList();
  }

  private int remindDue() {
    return fixture.licensing.billing().remindDue();
  }

  @Test
  void aCanceledSubscriptionIsRemindedFourteenAndThreeDaysBeforeItsEndOnceEach() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    fixture.licensing.subscriptions().cancel(steps.caller(), subscription.id(), ClientInfo.UNKNOWN);
    var end = subscription.currentPeriodEnd();

    steps.moveTo(end.minus(Duration.ofDays(15)));
    assertThat(remindDue()).isZero();

    steps.moveTo(end.minus(Duration.ofDays(14)));
    assertThat(remindDue()).isEqualTo(1);
    assertThat(remindDue()).as("once").isZero();
    steps.moveTo(end.minus(Duration.ofDays(10)));
    assertThat(remindDue()).isZero();
    assertThat(reminders())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("14 days"));

    steps.moveTo(end.minus(Duration.ofDays(3)));
    assertThat(remindDue()).isEqualTo(1);
    assertThat(remindDue()).isZero();
    assertThat(reminders()).hasSize(2);

    steps.moveTo(end.plusSeconds(1));
    assertThat(remindDue()).as("nothing after the end").isZero();
  }

  @Test
  void renewingAndResumedSubscriptionsAreNotReminded() {
    Subscription renewing = steps.subscribe("pro", 1, "pm_card_visa");
    Subscription resumed = steps.subscribe("basic", 1, "pm_card_visa");
    fixture.licensing.subscriptions().cancel(steps.caller(), resumed.id(), ClientInfo.UNKNOWN);
    fixture.licensing.subscriptions().resume(steps.caller(), resumed.id(), ClientInfo.UNKNOWN);

    steps.moveTo(renewing.currentPeriodEnd().minus(Duration.ofDays(2)));

    assertThat(remindDue()).isZero();
    assertThat(reminders()).isEmpty();
  }
}
