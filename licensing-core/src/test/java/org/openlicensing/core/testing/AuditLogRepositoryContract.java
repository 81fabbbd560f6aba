package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.core.audit.AuditLogRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link AuditLogRepository} promises. */
public abstract class AuditLogRepositoryContract {
  private Persistence store;
  private AuditLogRepository log;
  private UUID accountId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    log = store.auditLog();
    accountId = TestData.newId();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private AuditEvent appended(UUID id, Instant at, UUID actor, UUID target) {
    AuditEvent event =
        new AuditEvent(
            id,
            at,
            Optional.ofNullable(actor),
            Optional.empty(),
            "user.disabled",
            "account",
            Optional.ofNullable(target),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of());
    store.transactions().run(() -> log.append(event));
    return event;
  }

  private AuditEvent appended(Instant at, UUID actor, UUID target) {
    return appended(TestData.newId(), at, actor, target);
  }

  @Test
  void appendedEventIsFoundWithEveryField() {
    AuditEvent event =
        new AuditEvent(
            TestData.newId(),
            TestData.NOW,
            Optional.of(accountId),
            Optional.of(TestData.newId()),
            "user.roles_changed",
            "account",
            Optional.of(TestData.newId()),
            Optional.of(TestData.newId()),
            Optional.of("203.0.113.7"),
            Optional.of("req-42"),
            Map.of("before", "[USER]", "after", "[ADMIN, USER]"));
    store.transactions().run(() -> log.append(event));

    assertThat(tx(() -> log.findRecentAbout(accountId, 10))).containsExactly(event);
  }

  @Test
  void detailsKeepEveryCharacter() {
    Map<String, String> details =
        Map.of(
            "quote \" and \\ backslash", "line\nbreak\ttab\r\u0000nul\u001f",
            "unicode", "Zoë 👩‍💻 \u2028 日本",
            "json-looking", "{\"a\":[1,2]}",
            "lone surrogate", "\ud800x\udc00",
            "empty", "");
    AuditEvent event =
        new AuditEvent(
            TestData.newId(),
            TestData.NOW,
            Optional.of(accountId),
            Optional.empty(),
            "profile.updated",
            "account",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            details);
    store.transactions().run(() -> log.append(event));

    assertThat(tx(() -> log.findRecentAbout(accountId, 1)))
        .singleElement()
        .extracting(AuditEvent::details)
        .isEqualTo(details);
  }

  @Test
  void eventWithOnlyTheRequiredFieldsRoundTrips() {
    AuditEvent event = appended(TestData.NOW, accountId, null);

    assertThat(tx(() -> log.findRecentAbout(accountId, 10))).containsExactly(event);
  }

  @Test
  void recentEventsAboutAnAccountAreThoseItDidAndThoseDoneToItNewestFirst() {
    UUID admin = TestData.newId();
    AuditEvent didIt = appended(TestData.minutesLater(1), accountId, TestData.newId());
    AuditEvent doneToIt = appended(TestData.minutesLater(3), admin, accountId);
    AuditEvent both = appended(TestData.minutesLater(2), accountId, accountId);
    appended(TestData.minutesLater(4), admin, TestData.newId());

    assertThat(tx(() -> log.findRecentAbout(accountId, 10))).containsExactly(doneToIt, both, didIt);
  }

  @Test
  void recentEventsStopAtTheLimitKeepingTheNewest() {
    appended(TestData.minutesLater(1), accountId, null);
    AuditEvent newer = appended(TestData.minutesLater(2), accountId, null);
    AuditEvent newest = appended(TestData.minutesLater(3), accountId, null);

    assertThat(tx(() -> log.findRecentAbout(accountId, 2))).containsExactly(newest, newer);
  }

  @Test
  void eventsOfTheSameInstantComeNewestIdFirst() {
    AuditEvent low =
        appended(
            UUID.fromString("00000000-0000-7000-8000-000000000001"), TestData.NOW, accountId, null);
    AuditEvent high =
        appended(
            UUID.fromString("ffffffff-0000-7000-8000-000000000001"), TestData.NOW, accountId, null);

    assertThat(tx(() -> log.findRecentAbout(accountId, 10))).containsExactly(high, low);
  }

  @Test
  void appendingAnEventTwiceIsDuplicateKey() {
    AuditEvent event = appended(TestData.NOW, accountId, null);

    assertThatThrownBy(() -> store.transactions().run(() -> log.append(event)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void eventAppendedInATransactionThatRollsBackIsGone() {
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          appended(TestData.NOW, accountId, null);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> log.findRecentAbout(accountId, 10))).isEmpty();
  }
}
