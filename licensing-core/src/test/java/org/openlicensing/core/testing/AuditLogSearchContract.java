package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.core.audit.AuditLogRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.Ids;

/**
 * What every {@link AuditLogRepository} promises about appending many events at once and about
 * browsing the log: filters, newest first, page by page.
 */
public abstract class AuditLogSearchContract {
  private Persistence store;
  private AuditLogRepository log;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    log = store.auditLog();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** An event at the minute, with a time-ordered id as the log makes them. */
  private static AuditEvent event(long minute, String action, String targetType) {
    Instant at = TestData.minutesLater(minute);
    return new AuditEvent(
        Ids.newId(at.toEpochMilli()),
        at,
        Optional.empty(),
        Optional.empty(),
        action,
        targetType,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  private static AuditEvent by(AuditEvent e, UUID actor, UUID target, UUID organization) {
    return new AuditEvent(
        e.id(),
        e.occurredAt(),
        Optional.ofNullable(actor),
        e.actorApiKeyId(),
        e.action(),
        e.targetType(),
        Optional.ofNullable(target),
        Optional.ofNullable(organization),
        e.ipAddress(),
        e.requestId(),
        e.details());
  }

  private void appendAll(AuditEvent... events) {
    store.transactions().run(() -> log.appendAll(List.of(events)));
  }

  private List<AuditEvent> find(AuditQuery query) {
    return tx(() -> log.find(query, null, 100));
  }

  private static AuditQuery action(String action) {
    return new AuditQuery(action, null, null, null, null, null, null);
  }

  @Test
  void appendedBatchIsFoundWithEveryFieldNewestFirst() {
    AuditEvent full =
        new AuditEvent(
            Ids.newId(TestData.minutesLater(2).toEpochMilli()),
            TestData.minutesLater(2),
            Optional.of(TestData.newId()),
            Optional.of(TestData.newId()),
            "member.role_changed",
            "account",
            Optional.of(TestData.newId()),
            Optional.of(TestData.newId()),
            Optional.of("2001:db8::1"),
            Optional.of("req-7"),
            Map.of("before", "MEMBER", "after", "ADMIN", "quote", "\"x\""));
    AuditEvent bare = event(1, "invitation.created", "invitation");

    appendAll(bare, full);

    assertThat(find(AuditQuery.everything())).containsExactly(full, bare);
  }

  @Test
  void batchWithATakenIdIsDuplicateKeyAndNothingOfItIsStored() {
    AuditEvent existing = event(1, "member.removed", "account");
    appendAll(existing);
    AuditEvent fresh = event(2, "member.removed", "account");

    assertThatThrownBy(() -> appendAll(fresh, existing)).isInstanceOf(DuplicateKeyException.class);
    assertThat(find(AuditQuery.everything())).containsExactly(existing);
  }

  @Test
  void actionMatchesExactlyUnlessItEndsInADot() {
    AuditEvent removed = event(1, "member.removed", "account");
    AuditEvent removedAll = event(2, "member.removed_all", "account");
    AuditEvent roleChanged = event(3, "member.role_changed", "account");
    AuditEvent members = event(4, "members.exported", "organization");
    AuditEvent renamed = event(5, "organization.renamed", "organization");
    appendAll(removed, removedAll, roleChanged, members, renamed);

    assertThat(find(action("member.removed"))).containsExactly(removed);
    assertThat(find(action("member."))).containsExactly(roleChanged, removedAll, removed);
    assertThat(find(action("member"))).isEmpty();
    assertThat(find(action("organization."))).containsExactly(renamed);
  }

  /** {@code _} and {@code %} in a prefix are characters, not wildcards. */
  @Test
  void actionPrefixMatchesItsCharactersLiterally() {
    AuditEvent created = event(1, "api_key.created", "api_key");
    AuditEvent lookalike = event(2, "apiXkey.created", "api_key");
    AuditEvent percent = event(3, "100%.done", "account");
    AuditEvent notPercent = event(4, "100x.done", "account");
    appendAll(created, lookalike, percent, notPercent);

    assertThat(find(action("api_key."))).containsExactly(created);
    assertThat(find(action("100%."))).containsExactly(percent);
  }

  @Test
  void eachFieldOfTheQueryFilters() {
    UUID actor = TestData.newId();
    UUID target = TestData.newId();
    UUID organization = TestData.newId();
    AuditEvent byActor = by(event(1, "user.disabled", "account"), actor, null, null);
    AuditEvent onTarget = by(event(2, "license.assigned", "license"), null, target, null);
    AuditEvent inOrganization =
        by(event(3, "organization.renamed", "organization"), null, organization, organization);
    AuditEvent unrelated = by(event(4, "user.disabled", "account"), TestData.newId(), null, null);
    appendAll(byActor, onTarget, inOrganization, unrelated);

    assertThat(find(new AuditQuery(null, "license", null, null, null, null, null)))
        .containsExactly(onTarget);
    assertThat(find(new AuditQuery(null, null, actor, null, null, null, null)))
        .containsExactly(byActor);
    assertThat(find(new AuditQuery(null, null, null, target, null, null, null)))
        .containsExactly(onTarget);
    assertThat(find(new AuditQuery(null, null, null, null, null, null, organization)))
        .containsExactly(inOrganization);
    assertThat(find(new AuditQuery(null, null, null, organization, null, null, organization)))
        .containsExactly(inOrganization);
    assertThat(find(new AuditQuery("user.disabled", "account", actor, null, null, null, null)))
        .containsExactly(byActor);
    assertThat(find(new AuditQuery("user.disabled", "license", actor, null, null, null, null)))
        .isEmpty();
  }

  @Test
  void timeBoundsIncludeFromAndExcludeTo() {
    AuditEvent before = event(1, "user.disabled", "account");
    AuditEvent atFrom = event(2, "user.disabled", "account");
    AuditEvent between = event(3, "user.disabled", "account");
    AuditEvent atTo = event(4, "user.disabled", "account");
    appendAll(before, atFrom, between, atTo);
    Instant from = TestData.minutesLater(2);
    Instant to = TestData.minutesLater(4);

    assertThat(find(new AuditQuery(null, null, null, null, from, to, null)))
        .containsExactly(between, atFrom);
    assertThat(find(new AuditQuery(null, null, null, null, from, null, null)))
        .containsExactly(atTo, between, atFrom);
    assertThat(find(new AuditQuery(null, null, null, null, null, to, null)))
        .containsExactly(between, atFrom, before);
  }

  @Test
  void pagesGoFromTheNewestToTheOldestWithoutGapOrRepetition() {
    UUID organization = TestData.newId();
    List<AuditEvent> ofOrganization = new ArrayList<>();
    List<AuditEvent> all = new ArrayList<>();
    for (int minute = 0; minute < 7; minute++) {
      AuditEvent e = by(event(minute, "member.added", "account"), null, null, organization);
      ofOrganization.add(0, e);
      all.add(e);
      all.add(by(event(minute, "member.added", "account"), null, null, TestData.newId()));
    }
    store.transactions().run(() -> log.appendAll(all));
    AuditQuery query = new AuditQuery("member.", null, null, null, null, null, organization);

    List<AuditEvent> seen = new ArrayList<>();
    UUID before = null;
    do {
      UUID cursor = before;
      List<AuditEvent> page = tx(() -> log.find(query, cursor, 3));
      seen.addAll(page);
      before = page.size() < 3 ? null : page.get(page.size() - 1).id();
    } while (before != null);

    assertThat(seen).containsExactlyElementsOf(ofOrganization);
  }

  @Test
  void limitKeepsTheNewestAndEventsOfOneInstantComeGreatestIdFirst() {
    AuditEvent low =
        withId(event(5, "user.disabled", "account"), "01890a5d-ac96-774b-bcce-b302099a8057");
    AuditEvent high =
        withId(event(5, "user.disabled", "account"), "f1890a5d-ac96-774b-bcce-b302099a8057");
    AuditEvent older =
        withId(event(1, "user.disabled", "account"), "00000000-0000-7000-8000-000000000001");
    appendAll(low, older, high);

    assertThat(tx(() -> log.find(AuditQuery.everything(), null, 2))).containsExactly(high, low);
    assertThat(tx(() -> log.find(AuditQuery.everything(), high.id(), 10)))
        .containsExactly(low, older);
  }

  private static AuditEvent withId(AuditEvent e, String id) {
    return new AuditEvent(
        UUID.fromString(id),
        e.occurredAt(),
        e.actorAccountId(),
        e.actorApiKeyId(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.organizationId(),
        e.ipAddress(),
        e.requestId(),
        e.details());
  }

  @Test
  void aThousandEventsAreAppendedAtOnce() {
    List<AuditEvent> batch = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      batch.add(event(i, "member.removed", "account"));
    }

    long started = System.nanoTime();
    store.transactions().run(() -> log.appendAll(batch));
    System.out.printf(
        "%s: appendAll of 1,000 events in %d ms%n",
        getClass().getName(), (System.nanoTime() - started) / 1_000_000);

    assertThat(tx(() -> log.find(AuditQuery.everything(), null, 2_000)))
        .hasSize(1_000)
        .first()
        .isEqualTo(batch.get(999));
  }
}
