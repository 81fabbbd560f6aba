package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.core.licenses.ActivationRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link ActivationRepository} promises. */
public abstract class ActivationRepositoryContract {
  private Persistence store;
  private ActivationRepository activations;
  private Seeds seeds;
  private UUID licenseId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    activations = store.activations();
    seeds = new Seeds(store);
    licenseId = seeds.license().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private Activation activate(UUID license, String fingerprint) {
    Activation activation = TestData.activation(license, fingerprint);
    store.transactions().run(() -> activations.insert(activation));
    return activation;
  }

  private Activation activation(String fingerprint, long createdMinutesLater) {
    return new Activation(
        TestData.newId(),
        licenseId,
        fingerprint,
        Optional.empty(),
        Optional.empty(),
        TestData.minutesLater(createdMinutesLater),
        TestData.minutesLater(createdMinutesLater));
  }

  @Test
  void activeActivationIsFoundByLicenseAndFingerprintAndByIdWithEveryField() {
    Activation activation = activate(licenseId, "device-1");

    assertThat(tx(() -> activations.findActive(licenseId, "device-1"))).contains(activation);
    assertThat(tx(() -> activations.findActiveById(activation.id()))).contains(activation);
    assertThat(tx(() -> activations.findActive(licenseId, "device-2"))).isEmpty();
  }

  @Test
  void activationWithoutNameOrPlatformRoundTrips() {
    Activation activation = activation("device-1", 0);
    store.transactions().run(() -> activations.insert(activation));

    assertThat(tx(() -> activations.findActiveById(activation.id()))).contains(activation);
  }

  @Test
  void fingerprintActiveTwiceOnOneLicenseIsDuplicateKey() {
    activate(licenseId, "device-1");

    assertThatThrownBy(() -> activate(licenseId, "device-1"))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> activations.countActive(licenseId))).isEqualTo(1);
  }

  @Test
  void fingerprintMayBeActiveOnSeveralLicenses() {
    UUID otherLicense = seeds.license().id();
    activate(licenseId, "device-1");

    Activation onOther = activate(otherLicense, "device-1");

    assertThat(tx(() -> activations.findActive(otherLicense, "device-1"))).contains(onOther);
  }

  @Test
  void deactivationSucceedsOnlyOnce() {
    Activation activation = activate(licenseId, "device-1");

    assertThat(tx(() -> activations.deactivate(activation.id(), TestData.minutesLater(1))))
        .isTrue();
    assertThat(tx(() -> activations.deactivate(activation.id(), TestData.minutesLater(2))))
        .isFalse();
  }

  @Test
  void unknownActivationIsNotDeactivated() {
    assertThat(tx(() -> activations.deactivate(TestData.newId(), TestData.NOW))).isFalse();
  }

  @Test
  void deactivatedActivationIsNoLongerActiveAndItsFingerprintMayActivateAgain() {
    Activation first = activate(licenseId, "device-1");
    store.transactions().run(() -> activations.deactivate(first.id(), TestData.minutesLater(1)));

    assertThat(tx(() -> activations.findActive(licenseId, "device-1"))).isEmpty();
    assertThat(tx(() -> activations.findActiveById(first.id()))).isEmpty();
    assertThat(tx(() -> activations.countActive(licenseId))).isZero();

    Activation again = activate(licenseId, "device-1");
    assertThat(tx(() -> activations.findActive(licenseId, "device-1"))).contains(again);
    assertThat(tx(() -> activations.countActive(licenseId))).isEqualTo(1);
  }

  @Test
  void activeActivationsOfALicenseAreListedInTheOrderTheyWereMade() {
    Activation later = activation("device-2", 5);
    Activation earlier = activation("device-1", 1);
    Activation ended = activation("device-3", 3);
    store
        .transactions()
        .run(
            () -> {
              activations.insert(later);
              activations.insert(earlier);
              activations.insert(ended);
              activations.deactivate(ended.id(), TestData.minutesLater(6));
            });
    activate(seeds.license().id(), "device-4");

    assertThat(tx(() -> activations.findActiveByLicense(licenseId)))
        .containsExactly(earlier, later);
    assertThat(tx(() -> activations.countActive(licenseId))).isEqualTo(2);
  }

  @Test
  void touchRecordsWhenTheDeviceWasLastSeen() {
    Activation activation = activate(licenseId, "device-1");

    store.transactions().run(() -> activations.touch(activation.id(), TestData.minutesLater(7)));

    assertThat(tx(() -> activations.findActiveById(activation.id())))
        .map(Activation::lastSeenAt)
        .contains(TestData.minutesLater(7));
  }

  @Test
  void deactivationInATransactionThatRollsBackIsUndone() {
    Activation activation = activate(licenseId, "device-1");

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          activations.deactivate(activation.id(), TestData.minutesLater(1));
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> activations.findActiveById(activation.id()))).contains(activation);
  }

  @Test
  void deactivateAllOfEndsTheActiveActivationsOfTheLicensesAndCountsThem() {
    UUID secondLicense = seeds.license().id();
    UUID otherLicense = seeds.license().id();
    Activation first = activate(licenseId, "device-1");
    Activation second = activate(licenseId, "device-2");
    Activation third = activate(secondLicense, "device-1");
    Activation ended = activate(secondLicense, "device-2");
    store.transactions().run(() -> activations.deactivate(ended.id(), TestData.minutesLater(1)));
    Activation untouched = activate(otherLicense, "device-1");

    int count =
        tx(
            () -> {
              activations.findActiveById(first.id());
              int n =
                  activations.deactivateAllOf(
                      List.of(licenseId, secondLicense, TestData.newId()),
                      TestData.minutesLater(2));
              assertThat(activations.findActiveById(first.id())).isEmpty();
              return n;
            });

    assertThat(count).isEqualTo(3);
    for (Activation activation : List.of(first, second, third)) {
      assertThat(tx(() -> activations.findActiveById(activation.id()))).isEmpty();
    }
    assertThat(tx(() -> activations.countActive(licenseId))).isZero();
    assertThat(tx(() -> activations.countActive(secondLicense))).isZero();
    assertThat(tx(() -> activations.findActiveByLicense(otherLicense))).containsExactly(untouched);
    Activation again = activate(licenseId, "device-1");
    assertThat(tx(() -> activations.findActive(licenseId, "device-1"))).contains(again);
  }

  @Test
  void deactivateAllOfLicensesWithoutActiveActivationsEndsNothing() {
    Activation untouched = activate(licenseId, "device-1");

    assertThat(tx(() -> activations.deactivateAllOf(List.of(seeds.license().id()), TestData.NOW)))
        .isZero();
    assertThat(tx(() -> activations.deactivateAllOf(List.of(), TestData.NOW))).isZero();
    assertThat(tx(() -> activations.findActiveById(untouched.id()))).contains(untouched);
  }

  private Activation leased(UUID license, String fingerprint, long leaseMinutes) {
    Activation activation =
        new Activation(
            TestData.newId(),
            license,
            fingerprint,
            Optional.empty(),
            Optional.empty(),
            TestData.NOW,
            TestData.NOW,
            Optional.of(TestData.minutesLater(leaseMinutes)));
    store.transactions().run(() -> activations.insert(activation));
    return activation;
  }

  @Test
  void aLeaseIsStoredAndOnlyLiveLeasesOfActiveActivationsCount() {
    Activation live = leased(licenseId, "live", 5);
    leased(licenseId, "expired", 0);
    activate(licenseId, "node-locked");
    Activation ended = leased(licenseId, "ended", 5);
    store.transactions().run(() -> activations.deactivate(ended.id(), TestData.NOW));
    leased(seeds.license().id(), "elsewhere", 5);

    assertThat(tx(() -> activations.findActiveById(live.id()))).contains(live);
    assertThat(tx(() -> activations.countLiveLeases(licenseId, TestData.NOW))).isEqualTo(1);
    assertThat(tx(() -> activations.countLiveLeases(licenseId, TestData.minutesLater(5)))).isZero();
  }

  @Test
  void aRenewalExtendsALiveLeaseOnly() {
    Activation live = leased(licenseId, "live", 5);
    Activation dead = leased(licenseId, "dead", 1);
    Activation ended = leased(licenseId, "ended", 10);
    store.transactions().run(() -> activations.deactivate(ended.id(), TestData.NOW));

    assertThat(
            tx(
                () ->
                    activations.renewLease(
                        live.id(), TestData.minutesLater(2), TestData.minutesLater(7))))
        .isTrue();
    assertThat(
            tx(
                () ->
                    activations.renewLease(
                        dead.id(), TestData.minutesLater(2), TestData.minutesLater(7))))
        .isFalse();
    assertThat(
            tx(
                () ->
                    activations.renewLease(
                        ended.id(), TestData.minutesLater(2), TestData.minutesLater(7))))
        .isFalse();

    Activation renewed = tx(() -> activations.findActiveById(live.id())).orElseThrow();
    assertThat(renewed.lastSeenAt()).isEqualTo(TestData.minutesLater(2));
    assertThat(renewed.leaseExpiresAt()).contains(TestData.minutesLater(7));
    assertThat(tx(() -> activations.findActiveById(dead.id()))).contains(dead);
  }

  @Test
  void aLeaseStartsAgainOnAnActiveActivationWhateverItsState() {
    Activation dead = leased(licenseId, "dead", 0);
    Activation nodeLocked = activate(licenseId, "node-locked");
    Activation ended = leased(licenseId, "ended", 0);
    store.transactions().run(() -> activations.deactivate(ended.id(), TestData.NOW));

    assertThat(
            tx(
                () ->
                    activations.startLease(
                        dead.id(), TestData.minutesLater(1), TestData.minutesLater(6))))
        .isTrue();
    assertThat(
            tx(
                () ->
                    activations.startLease(
                        nodeLocked.id(), TestData.minutesLater(1), TestData.minutesLater(6))))
        .isTrue();
    assertThat(
            tx(
                () ->
                    activations.startLease(
                        ended.id(), TestData.minutesLater(1), TestData.minutesLater(6))))
        .isFalse();

    assertThat(tx(() -> activations.countLiveLeases(licenseId, TestData.minutesLater(1))))
        .isEqualTo(2);
    assertThat(tx(() -> activations.findActiveById(dead.id())).orElseThrow().lastSeenAt())
        .isEqualTo(TestData.minutesLater(1));
  }

  @Test
  void theCullClearsLeasesThatExpiredAtOrBeforeNowAndNothingElse() {
    Activation expiredEarlier = leased(licenseId, "earlier", 1);
    Activation expiringNow = leased(licenseId, "now", 3);
    Activation live = leased(licenseId, "live", 4);
    Activation nodeLocked = activate(licenseId, "node-locked");

    assertThat(tx(() -> activations.cullLeases(TestData.minutesLater(3)))).isEqualTo(2);

    assertThat(tx(() -> activations.findActiveById(expiredEarlier.id())).orElseThrow())
        .satisfies(a -> assertThat(a.leaseExpiresAt()).isEmpty());
    assertThat(tx(() -> activations.findActiveById(expiringNow.id())).orElseThrow())
        .satisfies(a -> assertThat(a.leaseExpiresAt()).isEmpty());
    assertThat(tx(() -> activations.findActiveById(live.id()))).contains(live);
    assertThat(tx(() -> activations.findActiveById(nodeLocked.id()))).contains(nodeLocked);
    assertThat(tx(() -> activations.countActive(licenseId))).isEqualTo(4);
    assertThat(tx(() -> activations.cullLeases(TestData.minutesLater(3)))).isZero();
  }

  @Test
  void aDeactivationEndsTheLease() {
    Activation leased = leased(licenseId, "d1", 5);
    leased(licenseId, "d2", 5);
    store.transactions().run(() -> activations.deactivate(leased.id(), TestData.NOW));
    store.transactions().run(() -> activations.deactivateAllOf(List.of(licenseId), TestData.NOW));

    assertThat(tx(() -> activations.cullLeases(TestData.minutesLater(60)))).isZero();
  }

  @Test
  void theOtherLicensesAFingerprintIsActiveOnAreFoundInIdOrderUpToTheLimit() {
    List<UUID> others = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      UUID other = seeds.license().id();
      activate(other, "shared");
      others.add(other);
    }
    UUID endedOn = seeds.license().id();
    Activation ended = activate(endedOn, "shared");
    store.transactions().run(() -> activations.deactivate(ended.id(), TestData.NOW));
    activate(licenseId, "shared");
    activate(seeds.license().id(), "another-device");
    List<UUID> inOrder = others.stream().sorted(UuidOrder.ASCENDING).toList();

    assertThat(tx(() -> activations.licensesWithActiveFingerprint("shared", licenseId, 10)))
        .containsExactlyElementsOf(inOrder);
    assertThat(tx(() -> activations.licensesWithActiveFingerprint("shared", licenseId, 2)))
        .containsExactlyElementsOf(inOrder.subList(0, 2));
    assertThat(tx(() -> activations.licensesWithActiveFingerprint("lonely", licenseId, 10)))
        .isEmpty();
  }
}
