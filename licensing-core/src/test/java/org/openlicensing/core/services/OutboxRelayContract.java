package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;
import org.openlicensing.core.mail.Outbox;
import org.openlicensing.core.mail.OutboxRelay;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The rules of the service, on whatever store {@link #persistence()} gives. */
public abstract class OutboxRelayContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    relay = fixture.licensing.outboxRelay();
    outbox =
        new Outbox(fixture.store.outbox(), fixture.store.transactions(), fixture.clock, () -> {});
  }

  private OutboxRelay relay;
  private Outbox outbox;

  private void queue(String to) {
    fixture
        .store
        .transactions()
        .run(() -> outbox.enqueue(new Email(to, "Hello", "Body", Optional.empty())));
  }

  @Test
  void aQueuedEmailIsDeliveredOnce() {
    queue("ada@example.test");

    assertThat(relay.deliverDue()).isEqualTo(1);
    assertThat(relay.deliverDue()).isZero();
    assertThat(fixture.mailer.sentTo("ada@example.test")).hasSize(1);
  }

  @Test
  void aQueuedEmailReachesTheMailerWithItsAttachments() {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xE2};
    Email email =
        new Email(
            "ada@example.test",
            "Invoice INV-2026-000042 paid",
            "Attached",
            Optional.empty(),
            List.of(new Attachment("INV-2026-000042.pdf", "application/pdf", pdf)));
    fixture.store.transactions().run(() -> outbox.enqueue(email));

    assertThat(relay.deliverDue()).isEqualTo(1);
    assertThat(fixture.mailer.sentTo("ada@example.test")).containsExactly(email);
    assertThat(fixture.mailer.sent().get(0).attachments().get(0).content()).isEqualTo(pdf);
  }

  @Test
  void anEmailQueuedInARolledBackTransactionIsNeverSent() {
    try {
      fixture
          .store
          .transactions()
          .run(
              () -> {
                outbox.enqueue(new Email("ada@example.test", "Hello", "Body", Optional.empty()));
                throw new IllegalStateException("the change failed");
              });
    } catch (IllegalStateException expected) {
      // the change and its e-mail are gone together
    }

    assertThat(relay.deliverDue()).isZero();
    assertThat(fixture.mailer.sent()).isEmpty();
  }

  @Test
  void aTransientFailureIsRetriedAfterTheBackoff() {
    queue("ada@example.test");
    fixture.mailer.failNext(1, new MailDeliveryException("421 try later", false, null));

    assertThat(relay.deliverDue()).isZero();
    fixture.clock.advance(Duration.ofSeconds(29));
    assertThat(relay.deliverDue()).isZero();
    fixture.clock.advance(Duration.ofSeconds(2));
    assertThat(relay.deliverDue()).isEqualTo(1);
  }

  @Test
  void aPermanentFailureIsNotRetried() {
    queue("nobody@example.test");
    fixture.mailer.failNext(1, new MailDeliveryException("550 no such user", true, null));

    relay.deliverDue();
    fixture.clock.advance(Duration.ofDays(1));

    assertThat(relay.deliverDue()).isZero();
    assertThat(fixture.mailer.sent()).isEmpty();
  }

  @Test
  void aMessageIsGivenUpAfterTenTries() {
    queue("ada@example.test");
    fixture.mailer.failNext(10, new MailDeliveryException("421 try later", false, null));

    for (int i = 0; i < 10; i++) {
      relay.deliverDue();
      fixture.clock.advance(Duration.ofHours(7));
    }
    assertThat(relay.deliverDue()).isZero();
    assertThat(fixture.mailer.sent()).isEmpty();
  }

  @Test
  void aMessageClaimedByAServerThatDiedIsDeliveredAfterTheLease() {
    queue("ada@example.test");
    fixture
        .store
        .transactions()
        .run(
            () ->
                fixture
                    .store
                    .outbox()
                    .claimDue(
                        fixture.clock.instant(),
                        fixture.clock.instant().plus(Duration.ofMinutes(2)),
                        10));

    assertThat(relay.deliverDue()).isZero();
    fixture.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
    assertThat(relay.deliverDue()).isEqualTo(1);
  }
}
