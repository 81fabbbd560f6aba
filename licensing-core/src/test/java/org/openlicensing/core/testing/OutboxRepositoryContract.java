package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.mail.Attachment;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.OutboxMessage;
import org.openlicensing.core.mail.OutboxRepository;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link OutboxRepository} promises. */
public abstract class OutboxRepositoryContract {
  private static final Instant LEASE_END = TestData.minutesLater(2);

  private Persistence store;
  private OutboxRepository outbox;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    outbox = store.outbox();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private OutboxMessage queue(Instant createdAt) {
    OutboxMessage message =
        new OutboxMessage(
            TestData.newId(),
            new Email(
                TestData.unique("to") + "@example.com",
                "Confirm your e-mail address",
                "Open this link",
                Optional.of("<p>Open this <a href=\"https://example.com\">link</a></p>")),
            0,
            createdAt);
    store.transactions().run(() -> outbox.insert(message));
    return message;
  }

  private OutboxMessage queueWithAttachment(Instant createdAt, String filename, byte[] content) {
    OutboxMessage message =
        new OutboxMessage(
            TestData.newId(),
            new Email(
                TestData.unique("to") + "@example.com",
                "Invoice",
                "Attached",
                Optional.empty(),
                List.of(new Attachment(filename, "application/pdf", content))),
            0,
            createdAt);
    store.transactions().run(() -> outbox.insert(message));
    return message;
  }

  private List<OutboxMessage> claim(Instant now, Instant leaseUntil, int limit) {
    return tx(() -> outbox.claimDue(now, leaseUntil, limit));
  }

  private static OutboxMessage withAttempts(OutboxMessage message, int attempts) {
    return new OutboxMessage(message.id(), message.email(), attempts, message.createdAt());
  }

  @Test
  void newMessageIsDueAtOnceAndClaimedWithItsEmailAndOneAttempt() {
    OutboxMessage message = queue(TestData.NOW);

    assertThat(claim(TestData.NOW, LEASE_END, 10)).containsExactly(withAttempts(message, 1));
  }

  @Test
  void messageWithoutHtmlRoundTrips() {
    OutboxMessage message =
        new OutboxMessage(
            TestData.newId(),
            new Email("a@example.com", "Hello", "Plain text only", Optional.empty()),
            0,
            TestData.NOW);
    store.transactions().run(() -> outbox.insert(message));

    assertThat(claim(TestData.NOW, LEASE_END, 10)).containsExactly(withAttempts(message, 1));
  }

  @Test
  void attachmentsRoundTripInOrderWithTheirExactBytes() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    OutboxMessage message =
        new OutboxMessage(
            TestData.newId(),
            new Email(
                "a@example.com",
                "Invoice INV-2026-000042 paid",
                "Your invoice is attached",
                Optional.of("<p>Your invoice is attached</p>"),
                List.of(
                    new Attachment("INV-2026-000042.pdf", "application/pdf", everyByte),
                    new Attachment("terms.txt", "text/plain; charset=UTF-8", new byte[0]),
                    new Attachment(
                        "Rechnung März.bin", "application/octet-stream", new byte[] {0}))),
            0,
            TestData.NOW);
    store.transactions().run(() -> outbox.insert(message));

    List<OutboxMessage> claimed = claim(TestData.NOW, LEASE_END, 10);

    assertThat(claimed).containsExactly(withAttempts(message, 1));
    assertThat(claimed.get(0).email().attachments())
        .extracting(Attachment::filename)
        .containsExactly("INV-2026-000042.pdf", "terms.txt", "Rechnung März.bin");
    assertThat(claimed.get(0).email().attachments().get(0).content()).isEqualTo(everyByte);
  }

  @Test
  void attachmentsAsLargeAsAnEmailMayCarryRoundTrip() {
    byte[] large = new byte[(int) Email.MAX_ATTACHMENTS_BYTES];
    new Random(42).nextBytes(large);
    OutboxMessage message =
        new OutboxMessage(
            TestData.newId(),
            new Email(
                "a@example.com",
                "Export",
                "Attached",
                Optional.empty(),
                List.of(new Attachment("export.bin", "application/octet-stream", large))),
            0,
            TestData.NOW);
    store.transactions().run(() -> outbox.insert(message));

    List<OutboxMessage> claimed = claim(TestData.NOW, LEASE_END, 10);

    assertThat(claimed).hasSize(1);
    assertThat(claimed.get(0).email().attachments().get(0).content()).isEqualTo(large);
  }

  @Test
  void eachClaimedMessageCarriesItsOwnAttachments() {
    OutboxMessage first = queueWithAttachment(TestData.NOW, "first.pdf", new byte[] {1});
    OutboxMessage plain = queue(TestData.minutesLater(1));
    OutboxMessage second =
        queueWithAttachment(TestData.minutesLater(2), "second.pdf", new byte[] {2, 2});

    assertThat(claim(TestData.minutesLater(3), TestData.minutesLater(5), 10))
        .containsExactly(withAttempts(first, 1), withAttempts(plain, 1), withAttempts(second, 1));
  }

  @Test
  void messageQueuedLaterThanNowIsNotYetDue() {
    queue(TestData.minutesLater(1));

    assertThat(claim(TestData.NOW, LEASE_END, 10)).isEmpty();
  }

  @Test
  void claimedMessageIsNotDueForAnyoneBeforeTheLeaseEnds() {
    queue(TestData.NOW);
    claim(TestData.NOW, LEASE_END, 10);

    assertThat(claim(TestData.minutesLater(1), TestData.minutesLater(3), 10)).isEmpty();
  }

  @Test
  void claimedMessageIsDueAgainWhenItsLeaseEndsAndCountsAnotherAttempt() {
    OutboxMessage message = queue(TestData.NOW);
    claim(TestData.NOW, LEASE_END, 10);

    assertThat(claim(LEASE_END, TestData.minutesLater(4), 10))
        .containsExactly(withAttempts(message, 2));
  }

  @Test
  void sentMessageIsNeverClaimedAgain() {
    OutboxMessage message = queue(TestData.NOW);
    claim(TestData.NOW, LEASE_END, 10);

    store.transactions().run(() -> outbox.markSent(message.id(), TestData.minutesLater(1)));

    assertThat(claim(TestData.minutesLater(60), TestData.minutesLater(62), 10)).isEmpty();
  }

  @Test
  void failedMessageIsDueAgainAtItsRetryTimeAndNotBefore() {
    OutboxMessage message = queue(TestData.NOW);
    claim(TestData.NOW, LEASE_END, 10);
    Instant retryAt = TestData.minutesLater(10);

    store.transactions().run(() -> outbox.markFailed(message.id(), "421 try again later", retryAt));

    assertThat(claim(LEASE_END, TestData.minutesLater(5), 10)).isEmpty();
    assertThat(claim(retryAt, TestData.minutesLater(12), 10))
        .containsExactly(withAttempts(message, 2));
  }

  @Test
  void deadMessageIsNeverClaimedAgain() {
    OutboxMessage message = queue(TestData.NOW);
    claim(TestData.NOW, LEASE_END, 10);

    store
        .transactions()
        .run(() -> outbox.markDead(message.id(), "550 no such mailbox", TestData.minutesLater(1)));

    assertThat(claim(TestData.minutesLater(60), TestData.minutesLater(62), 10)).isEmpty();
  }

  @Test
  void claimTakesAtMostTheLimitOldestDueFirst() {
    OutboxMessage newest = queue(TestData.minutesLater(3));
    OutboxMessage oldest = queue(TestData.minutesLater(1));
    OutboxMessage middle = queue(TestData.minutesLater(2));
    Instant now = TestData.minutesLater(5);
    Instant lease = TestData.minutesLater(7);

    assertThat(claim(now, lease, 2))
        .containsExactly(withAttempts(oldest, 1), withAttempts(middle, 1));
    assertThat(claim(now, lease, 2)).containsExactly(withAttempts(newest, 1));
  }

  @Test
  void claimInATransactionThatRollsBackLeavesTheMessageDue() {
    OutboxMessage message = queue(TestData.NOW);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          outbox.claimDue(TestData.NOW, LEASE_END, 10);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(claim(TestData.NOW, LEASE_END, 10)).containsExactly(withAttempts(message, 1));
  }

  @Test
  void concurrentClaimsNeverHandOutAMessageTwice() throws Exception {
    List<UUID> queued = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      queued.add(queue(TestData.NOW).id());
    }
    CountDownLatch start = new CountDownLatch(1);
    Callable<List<UUID>> relay =
        () -> {
          start.await();
          return claim(TestData.NOW, LEASE_END, 40).stream().map(OutboxMessage::id).toList();
        };
    ExecutorService servers = Executors.newFixedThreadPool(2);
    try {
      Future<List<UUID>> first = servers.submit(relay);
      Future<List<UUID>> second = servers.submit(relay);
      start.countDown();
      List<UUID> claimed = new ArrayList<>(first.get(30, TimeUnit.SECONDS));
      claimed.addAll(second.get(30, TimeUnit.SECONDS));

      assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
    } finally {
      servers.shutdownNow();
    }
  }
}
