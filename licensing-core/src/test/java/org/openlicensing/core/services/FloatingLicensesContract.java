package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.LockWaits;

/**
 * Floating licenses: a device runs while its lease lives, each heartbeat extends it by the window,
 * a lease that died stays dead until the device activates again, and the concurrency limit (two
 * here) holds apart from the device limit (three here). The clock is moved by hand.
 */
public abstract class FloatingLicensesContract {
  private static final Duration WINDOW = Duration.ofMinutes(5);

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private LockWaits waits;
  private CoreFixture fixture;
  private ActivationService devices;
  private License license;

  @BeforeEach
  void openStore() {
    waits = new LockWaits(persistence());
    fixture = new CoreFixture(waits.store());
    devices = fixture.licensing.activations();
    PolicyPlans plans = new PolicyPlans(fixture);
    Principal ada = fixture.customer();
    String plan =
        plans.plan(
            new PolicyDraft(3, true, true, 7, 14, 2, (int) WINDOW.toSeconds(), null, null, null));
    license = plans.buyOne(ada, plan);
  }

  private ActivationGrant activate(String fingerprint) {
    return devices.activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private ActivationGrant heartbeat(ActivationGrant grant) {
    return devices.heartbeat(grant.activation().id(), new Caller.LicenseKeyCaller(license.key()));
  }

  private ValidationCode validate(String fingerprint) {
    return devices.validate(license.key(), fingerprint).code();
  }

  private static ErrorCode codeOf(Runnable action) {
    LicensingException refusal = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(refusal).as("the request is refused").isNotNull();
    return refusal.code();
  }

  private void after(Duration duration) {
    fixture.clock.advance(duration);
  }

  @Test
  void anActivationTakesALeaseForTheWindowAndItsTokenEndsWithIt() {
    Instant now = fixture.clock.instant();

    ActivationGrant grant = activate("d1");

    assertThat(grant.activation().leaseExpiresAt()).contains(now.plus(WINDOW));
    // Token times are whole seconds.
    assertThat(grant.tokenExpiresAt())
        .isEqualTo(Instant.ofEpochSecond(now.plus(WINDOW).getEpochSecond()));
    assertThat(validate("d1")).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void heartbeatsKeepALeaseAliveLongPastOneWindow() {
    ActivationGrant grant = activate("d1");

    for (int beat = 0; beat < 5; beat++) {
      after(WINDOW.minusSeconds(30));
      ActivationGrant fresh = heartbeat(grant);
      assertThat(fresh.activation().leaseExpiresAt())
          .contains(fixture.clock.instant().plus(WINDOW));
      assertThat(fresh.tokenExpiresAt()).isAfter(grant.tokenExpiresAt());
    }

    assertThat(validate("d1")).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void aLeaseWithoutHeartbeatDiesAtTheEndOfItsWindow() {
    ActivationGrant grant = activate("d1");

    after(WINDOW.minusSeconds(1));
    assertThat(validate("d1")).isEqualTo(ValidationCode.VALID);
    after(Duration.ofSeconds(1));

    assertThat(validate("d1")).isEqualTo(ValidationCode.HEARTBEAT_DEAD);
    assertThat(codeOf(() -> heartbeat(grant))).isEqualTo(ErrorCode.HEARTBEAT_DEAD);
  }

  @Test
  void theCullClearsDeadLeasesOnlyAndTheyStayDead() {
    ActivationGrant dying = activate("d1");
    after(WINDOW.minusMinutes(1));
    ActivationGrant living = activate("d2");
    after(Duration.ofMinutes(1));

    assertThat(fixture.licensing.leaseCulling().runDue()).isEqualTo(1);
    assertThat(fixture.licensing.leaseCulling().runDue()).isZero();

    assertThat(validate("d1")).isEqualTo(ValidationCode.HEARTBEAT_DEAD);
    assertThat(codeOf(() -> heartbeat(dying))).isEqualTo(ErrorCode.HEARTBEAT_DEAD);
    assertThat(validate("d2")).isEqualTo(ValidationCode.VALID);
    assertThat(heartbeat(living).activation().leaseExpiresAt()).isPresent();
  }

  @Test
  void aDeviceWhoseLeaseDiedActivatesAgainWithoutANewSlot() {
    ActivationGrant first = activate("d1");
    after(WINDOW);
    fixture.licensing.leaseCulling().runDue();

    ActivationGrant again = activate("d1");

    assertThat(again.created()).isFalse();
    assertThat(again.activation().id()).isEqualTo(first.activation().id());
    assertThat(again.activation().leaseExpiresAt()).contains(fixture.clock.instant().plus(WINDOW));
    assertThat(validate("d1")).isEqualTo(ValidationCode.VALID);
  }

  @Test
  void theConcurrencyLimitStopsAThirdLiveLeaseWhileTheDeviceLimitAllowsAThirdDevice() {
    activate("d1");
    activate("d2");

    assertThat(codeOf(() -> activate("d3"))).isEqualTo(ErrorCode.CONCURRENCY_LIMIT_REACHED);

    after(WINDOW);
    activate("d1");
    ActivationGrant third = activate("d3");
    assertThat(third.created()).isTrue();
    assertThat(validate("d2")).isEqualTo(ValidationCode.HEARTBEAT_DEAD);
    assertThat(codeOf(() -> activate("d2"))).isEqualTo(ErrorCode.CONCURRENCY_LIMIT_REACHED);
  }

  @Test
  void theDeviceLimitHoldsWhateverTheLeases() {
    ActivationGrant first = activate("d1");
    activate("d2");
    after(WINDOW);
    activate("d3");

    assertThat(codeOf(() -> activate("d4"))).isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);

    devices.deactivate(first.activation().id(), new Caller.LicenseKeyCaller(license.key()));
    assertThat(activate("d4").created()).isTrue();
  }

  @Test
  void aDeactivatedDeviceCannotHeartbeat() {
    ActivationGrant grant = activate("d1");
    devices.deactivate(grant.activation().id(), new Caller.LicenseKeyCaller(license.key()));

    assertThat(codeOf(() -> heartbeat(grant))).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void onlyTheDeviceWithItsKeyMayHeartbeat() {
    ActivationGrant grant = activate("d1");
    UUID id = grant.activation().id();
    Principal owner = fixture.customer();

    assertThat(codeOf(() -> devices.heartbeat(id, new Caller.LicenseKeyCaller("WRONG-KEY"))))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> devices.heartbeat(id, CoreFixture.caller(owner))))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () ->
                    devices.heartbeat(
                        UUID.randomUUID(), new Caller.LicenseKeyCaller(license.key()))))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aHeartbeatOfAnExpiredLicenseIsRefused() {
    ActivationGrant grant = activate("d1");
    after(Duration.ofDays(31 + 7).plusSeconds(1));

    assertThat(codeOf(() -> heartbeat(grant))).isEqualTo(ErrorCode.LICENSE_EXPIRED);
  }

  private int liveLeases(License of) {
    return fixture
        .store
        .transactions()
        .inTransaction(
            () -> fixture.store.activations().countLiveLeases(of.id(), fixture.clock.instant()));
  }

  @Test
  void aDeviceThatWaitedForTheLockWhileItsLeaseDiedIsJudgedAtTheTimeItGotTheLock() {
    activate("d1");
    ActivationGrant second = activate("d2");
    after(WINDOW.minusSeconds(1));
    heartbeat(second);
    // d1 asks again a second before its lease ends, and waits for the license's lock while the
    // lease dies and d3 takes the place it freed.
    waits.beforeNextLock(
        () -> {
          after(Duration.ofSeconds(2));
          assertThat(activate("d3").created()).isTrue();
        });

    assertThat(codeOf(() -> activate("d1"))).isEqualTo(ErrorCode.CONCURRENCY_LIMIT_REACHED);
    // The refusal rolled back d1's transaction, which d3's activation shared here; on its own
    // it takes the place, and d1 stays out.
    assertThat(activate("d3").created()).isTrue();
    assertThat(liveLeases(license)).isEqualTo(2);
    assertThat(codeOf(() -> activate("d1"))).isEqualTo(ErrorCode.CONCURRENCY_LIMIT_REACHED);
    assertThat(validate("d1")).isEqualTo(ValidationCode.HEARTBEAT_DEAD);
  }

  @Test
  void aHeartbeatThatWaitedForTheLockWhileItsLeaseWasCulledAndTakenFindsItDead() {
    ActivationGrant first = activate("d1");
    ActivationGrant second = activate("d2");
    after(WINDOW.minusSeconds(1));
    heartbeat(second);
    waits.beforeNextLock(
        () -> {
          after(Duration.ofSeconds(2));
          assertThat(fixture.licensing.leaseCulling().runDue()).isEqualTo(1);
          assertThat(activate("d3").created()).isTrue();
        });

    assertThat(codeOf(() -> heartbeat(first))).isEqualTo(ErrorCode.HEARTBEAT_DEAD);
    assertThat(activate("d3").created()).isTrue();
    assertThat(liveLeases(license)).isEqualTo(2);
    assertThat(codeOf(() -> heartbeat(first))).isEqualTo(ErrorCode.HEARTBEAT_DEAD);
  }

  @Test
  void concurrentActivationsHeartbeatsAndCullsNeverHoldMoreLeasesThanTheLimit() throws Exception {
    PolicyPlans plans = new PolicyPlans(fixture);
    License wide =
        plans.buyOne(
            fixture.customer(),
            plans.plan(
                new PolicyDraft(
                    10, true, true, 7, 14, 2, (int) WINDOW.toSeconds(), null, null, null)));
    ActivationGrant first =
        devices.activate(new ActivationRequest(wide.key(), "early-1", null, null));
    ActivationGrant second =
        devices.activate(new ActivationRequest(wide.key(), "early-2", null, null));
    after(WINDOW.minusSeconds(1));
    Caller device = new Caller.LicenseKeyCaller(wide.key());
    List<Callable<String>> work = new ArrayList<>();
    work.add(() -> outcome(() -> devices.heartbeat(first.activation().id(), device)));
    work.add(() -> outcome(() -> devices.heartbeat(second.activation().id(), device)));
    for (int i = 0; i < 8; i++) {
      String fingerprint = "late-" + i;
      work.add(
          () ->
              outcome(
                  () ->
                      devices.activate(
                          new ActivationRequest(wide.key(), fingerprint, null, null))));
    }
    work.add(() -> outcome(() -> fixture.licensing.leaseCulling().runDue()));

    List<String> outcomes = race(work);

    assertThat(outcomes).doesNotContain("unexpected");
    assertThat(outcomes.subList(2, 10)).containsOnly("CONCURRENCY_LIMIT_REACHED");
    int live =
        fixture
            .store
            .transactions()
            .inTransaction(
                () ->
                    fixture
                        .store
                        .activations()
                        .countLiveLeases(wide.id(), fixture.clock.instant()));
    assertThat(live).isEqualTo(2);

    after(Duration.ofSeconds(1));
    List<Callable<String>> later = new ArrayList<>();
    later.add(() -> outcome(() -> devices.heartbeat(first.activation().id(), device)));
    for (int i = 0; i < 8; i++) {
      String fingerprint = "later-" + i;
      later.add(
          () ->
              outcome(
                  () ->
                      devices.activate(
                          new ActivationRequest(wide.key(), fingerprint, null, null))));
    }
    later.add(() -> outcome(() -> fixture.licensing.leaseCulling().runDue()));

    List<String> laterOutcomes = race(later);

    assertThat(laterOutcomes).doesNotContain("unexpected");
    assertThat(laterOutcomes.subList(1, 9).stream().filter("ok"::equals))
        .hasSizeLessThanOrEqualTo(2);
    int liveLater =
        fixture
            .store
            .transactions()
            .inTransaction(
                () ->
                    fixture
                        .store
                        .activations()
                        .countLiveLeases(wide.id(), fixture.clock.instant()));
    assertThat(liveLater).isLessThanOrEqualTo(2);
  }

  /** "ok", the error code of a refusal, or "unexpected". */
  private static String outcome(Runnable action) {
    try {
      action.run();
      return "ok";
    } catch (LicensingException e) {
      return e.code().name();
    } catch (RuntimeException e) {
      return "unexpected";
    }
  }

  /** Runs the work at once on as many threads, and answers in the order given. */
  private static List<String> race(List<Callable<String>> work) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(work.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> task : work) {
        futures.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
