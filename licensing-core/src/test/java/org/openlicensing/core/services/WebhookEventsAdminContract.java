package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.webhooks.WebhookEvent;
import org.openlicensing.api.webhooks.WebhookEventQuery;
import org.openlicensing.api.webhooks.WebhookEventService;
import org.openlicensing.api.webhooks.WebhookEventStatus;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.core.webhooks.InboundEvent;

/** The inbox as platform admins see it: lists, one event with its payload, and replays. */
public abstract class WebhookEventsAdminContract {
  private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "test", "req-replay-1");

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private InboxFixture inbox;
  private WebhookEventService events;
  private Principal admin;

  @BeforeEach
  void openStore() {
    inbox = new InboxFixture(persistence());
    events = inbox.webhooks.events();
    admin = InboxFixture.admin();
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private UUID idOf(String eventId) {
    return events.list(admin, null, null, 500).items().stream()
        .filter(e -> e.eventId().equals(eventId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private UUID deadEvent(String eventId) {
    inbox.deliver(eventId);
    inbox.handler.failNext(eventId, 3);
    for (int attempt = 0; attempt < 3; attempt++) {
      inbox.webhooks.processor().processAllDue();
      inbox.clock.advance(Duration.ofMinutes(5));
    }
    UUID id = idOf(eventId);
    assertThat(events.get(admin, id).status()).isEqualTo(WebhookEventStatus.DEAD);
    return id;
  }

  @Test
  void onlyPlatformAdminsSeeTheInbox() {
    inbox.deliver("evt_private");
    UUID id = idOf("evt_private");
    Principal user = InboxFixture.user();

    assertThat(codeOf(() -> events.list(user, null, null, 10))).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> events.get(user, id))).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> events.replay(user, id, CLIENT))).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> events.get(user, UUID.randomUUID()))).isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void theListPagesNewestFirstWithoutPayloadsAndOneEventHasItsPayload() {
    for (int i = 1; i <= 5; i++) {
      inbox.clock.advance(Duration.ofSeconds(1));
      inbox.deliver("evt_page_" + i);
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<WebhookEvent> page = events.list(admin, WebhookEventQuery.everything(), cursor, 2);
      page.items().forEach(e -> assertThat(e.payload()).isEmpty());
      page.items().forEach(e -> seen.add(e.eventId()));
      cursor = page.nextCursor().orElse(null);
    } while (cursor != null);

    assertThat(seen)
        .containsExactly("evt_page_5", "evt_page_4", "evt_page_3", "evt_page_2", "evt_page_1");
    WebhookEvent one = events.get(admin, idOf("evt_page_3"));
    assertThat(one.payload()).contains(InboxFixture.payload("evt_page_3", "thing.updated"));
  }

  @Test
  void theListFiltersByStatusTypeProviderAndTime() {
    inbox.deliver("evt_kept");
    inbox.clock.advance(Duration.ofMinutes(10));
    inbox.deliver("evt_done");
    inbox.webhooks.processor().processAllDue();

    assertThat(
            events
                .list(
                    admin,
                    new WebhookEventQuery(
                        InboxFixture.PROVIDER,
                        WebhookEventStatus.PROCESSED,
                        "thing.updated",
                        null,
                        null),
                    null,
                    10)
                .items())
        .extracting(WebhookEvent::eventId)
        .containsExactlyInAnyOrder("evt_kept", "evt_done");
    assertThat(
            events
                .list(
                    admin,
                    new WebhookEventQuery(
                        null, null, null, TestData.minutesLater(5), TestData.minutesLater(15)),
                    null,
                    10)
                .items())
        .extracting(WebhookEvent::eventId)
        .containsExactly("evt_done");
    assertThat(
            events
                .list(admin, new WebhookEventQuery("stripe", null, null, null, null), null, 10)
                .items())
        .isEmpty();
  }

  @Test
  void badQueriesAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(LicensingException.class, () -> events.list(admin, null, null, 0))
                .fieldErrors())
        .extracting(e -> e.field())
        .containsExactly("limit");
    assertThat(
            catchThrowableOfType(
                    LicensingException.class, () -> events.list(admin, null, "not-a-cursor", 10))
                .fieldErrors())
        .extracting(e -> e.field())
        .containsExactly("cursor");
    assertThat(
            catchThrowableOfType(
                    LicensingException.class,
                    () ->
                        events.list(
                            admin,
                            new WebhookEventQuery(
                                "p".repeat(33),
                                null,
                                null,
                                TestData.minutesLater(2),
                                TestData.minutesLater(1)),
                            null,
                            10))
                .fieldErrors())
        .extracting(e -> e.field())
        .containsExactly("provider", "to");
  }

  @Test
  void anUnknownEventIsNotFound() {
    assertThat(codeOf(() -> events.get(admin, UUID.randomUUID()))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> events.replay(admin, UUID.randomUUID(), CLIENT)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aReplayedDeadEventIsDueAgainAndProcessedAndTheReplayIsAudited() {
    UUID id = deadEvent("evt_replayed");

    WebhookEvent replayed = events.replay(admin, id, CLIENT);

    assertThat(replayed.status()).isEqualTo(WebhookEventStatus.RECEIVED);
    assertThat(replayed.attempts()).isZero();
    assertThat(replayed.nextAttemptAt()).contains(inbox.clock.instant());
    assertThat(inbox.webhooks.processor().processAllDue()).isEqualTo(1);
    assertThat(events.get(admin, id).status()).isEqualTo(WebhookEventStatus.PROCESSED);
    assertThat(inbox.effects()).containsEntry("evt_replayed", 1);

    List<AuditEvent> audit =
        inbox
            .store
            .transactions()
            .inTransaction(
                () ->
                    inbox
                        .store
                        .auditLog()
                        .find(
                            new AuditQuery(
                                "webhook_event.replayed", null, null, null, null, null, null),
                            null,
                            10));
    assertThat(audit).hasSize(1);
    AuditEvent entry = audit.get(0);
    assertThat(entry.actorAccountId()).contains(admin.accountId());
    assertThat(entry.targetId()).contains(id);
    assertThat(entry.requestId()).contains("req-replay-1");
    assertThat(entry.details())
        .containsEntry("eventId", "evt_replayed")
        .containsEntry("previousStatus", "DEAD")
        .containsEntry("previousAttempts", "3");
  }

  @Test
  void anEventBeingProcessedCannotBeReplayed() {
    inbox.deliver("evt_busy");
    UUID id = idOf("evt_busy");
    inbox
        .store
        .transactions()
        .inTransaction(
            () ->
                inbox
                    .store
                    .inboundEvents()
                    .claimDue(
                        new InboundEvent.Lease(
                            UUID.randomUUID(), TestData.NOW, TestData.minutesLater(5)),
                        10));

    assertThat(codeOf(() -> events.replay(admin, id, CLIENT))).isEqualTo(ErrorCode.CONFLICT);
    assertThat(events.get(admin, id).status()).isEqualTo(WebhookEventStatus.PROCESSING);
  }
}
