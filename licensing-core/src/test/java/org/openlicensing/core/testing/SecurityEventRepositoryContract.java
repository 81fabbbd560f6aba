package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.security.SecurityEventRepository;

/** What every {@link SecurityEventRepository} promises. */
public abstract class SecurityEventRepositoryContract {
  private Persistence store;
  private SecurityEventRepository events;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    events = store.securityEvents();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private SecurityEvent appended(UUID id) {
    SecurityEvent event =
        new SecurityEvent(
            id,
            TestData.NOW,
            SecurityEventType.LOGIN_FAILED,
            Optional.empty(),
            Optional.of("someone@example.com"),
            Optional.of("203.0.113.7"),
            Optional.empty(),
            Optional.empty());
    store.transactions().run(() -> events.append(event));
    return event;
  }

  @Test
  void anEventsDetailsRoundTrip() {
    SecurityEvent event =
        new SecurityEvent(
            TestData.newId(),
            TestData.NOW,
            SecurityEventType.FINGERPRINT_REUSED,
            Optional.empty(),
            Optional.empty(),
            Optional.of("203.0.113.8"),
            Optional.empty(),
            Optional.empty(),
            Map.of("fingerprint", "laptop \"one\", \u00e9", "licenseId", "a,b"));
    store.transactions().run(() -> events.append(event));

    assertThat(tx(() -> events.findRecent(null, 10))).containsExactly(event);
  }

  @Test
  void appendedEventIsFoundWithEveryField() {
    SecurityEvent event =
        new SecurityEvent(
            TestData.newId(),
            TestData.NOW,
            SecurityEventType.REFRESH_TOKEN_REUSED,
            Optional.of(TestData.newId()),
            Optional.of("grace@example.com"),
            Optional.of("2001:db8::1"),
            Optional.of("Mozilla/5.0 " + "y".repeat(2_000)),
            Optional.of("req-7"));
    store.transactions().run(() -> events.append(event));

    assertThat(tx(() -> events.findRecent(null, 10))).containsExactly(event);
  }

  @Test
  void eventWithOnlyTheRequiredFieldsRoundTrips() {
    SecurityEvent event =
        new SecurityEvent(
            TestData.newId(),
            TestData.NOW,
            SecurityEventType.RATE_LIMITED,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    store.transactions().run(() -> events.append(event));

    assertThat(tx(() -> events.findRecent(null, 10))).containsExactly(event);
  }

  @Test
  void everyTypeIsStored() {
    for (SecurityEventType type : SecurityEventType.values()) {
      store
          .transactions()
          .run(
              () ->
                  events.append(
                      new SecurityEvent(
                          TestData.newId(),
                          TestData.NOW,
                          type,
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty())));
    }

    assertThat(tx(() -> events.findRecent(null, 100)))
        .extracting(SecurityEvent::type)
        .containsExactlyInAnyOrder(SecurityEventType.values());
  }

  @Test
  void recentEventsComeNewestIdFirstUpToTheLimit() {
    SecurityEvent first = appended(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    SecurityEvent second = appended(UUID.fromString("7fffffff-0000-7000-8000-000000000001"));
    SecurityEvent third = appended(UUID.fromString("80000000-0000-7000-8000-000000000001"));
    SecurityEvent fourth = appended(UUID.fromString("ffffffff-0000-7000-8000-000000000001"));

    assertThat(tx(() -> events.findRecent(null, 3))).containsExactly(fourth, third, second);
    assertThat(tx(() -> events.findRecent(null, 10))).containsExactly(fourth, third, second, first);
  }

  @Test
  void nextPageHoldsTheEventsBeforeTheGivenId() {
    SecurityEvent first = appended(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    SecurityEvent second = appended(UUID.fromString("7fffffff-0000-7000-8000-000000000001"));
    SecurityEvent third = appended(UUID.fromString("80000000-0000-7000-8000-000000000001"));
    appended(UUID.fromString("ffffffff-0000-7000-8000-000000000001"));

    assertThat(tx(() -> events.findRecent(third.id(), 10))).containsExactly(second, first);
    assertThat(tx(() -> events.findRecent(first.id(), 10))).isEmpty();
  }
}
