package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.RateLimitedException;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.core.throttling.RateLimit;

/**
 * Activations are limited per license and per client address (here 3 per license and 5 per address
 * an hour, set through {@link Limits}); an empty bucket answers RATE_LIMITED with the wait.
 */
public abstract class ActivationLimitsContract {
  private static final RateLimit PER_LICENSE =
      new RateLimit("activations-per-license", 3, Duration.ofHours(1));
  private static final RateLimit PER_IP =
      new RateLimit("activations-per-ip", 5, Duration.ofHours(1));

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private PolicyPlans plans;
  private Principal ada;

  @BeforeEach
  void openStore() {
    fixture =
        new CoreFixture(
            persistence(),
            builder -> builder.limits(Limits.DEFAULT.with(PER_LICENSE).with(PER_IP)));
    plans = new PolicyPlans(fixture);
    ada = fixture.customer();
  }

  private void activate(License license, String fingerprint, String ip) {
    fixture
        .licensing
        .activations()
        .activate(
            new ActivationRequest(license.key(), fingerprint, null, null),
            new ClientInfo(ip, "device", null));
  }

  @Test
  void aLicenseTakesAFewActivationsAnHourWhateverTheAddresses() {
    License license = plans.buyOne(ada, plans.plan(PolicyPlans.policy(10)));
    activate(license, "d1", "192.0.2.1");
    activate(license, "d1", "192.0.2.2");
    activate(license, "d2", "192.0.2.3");

    RateLimitedException refused =
        catchThrowableOfType(
            RateLimitedException.class, () -> activate(license, "d3", "192.0.2.4"));

    assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    fixture.clock.advance(Duration.ofMinutes(20));
    activate(license, "d3", "192.0.2.4");
  }

  @Test
  void anAddressTakesAFewActivationsAnHourWhateverTheLicenses() {
    License first = plans.buyOne(ada, "pro");
    License second = plans.buyOne(ada, "pro");
    activate(first, "d1", "203.0.113.9");
    activate(first, "d2", "203.0.113.9");
    activate(first, "d3", "203.0.113.9");
    activate(second, "d1", "203.0.113.9");
    activate(second, "d2", "203.0.113.9");

    assertThat(
            catchThrowableOfType(
                    LicensingException.class, () -> activate(second, "d3", "203.0.113.9"))
                .code())
        .isEqualTo(ErrorCode.RATE_LIMITED);
    activate(second, "d3", "203.0.113.10");
  }

  @Test
  void unknownKeysAreLimitedPerAddressToo() {
    for (int i = 0; i < 5; i++) {
      String key = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFF" + i;
      assertThat(codeOf(() -> activateKey(key, "198.51.100.1"))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    assertThat(codeOf(() -> activateKey("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFF9", "198.51.100.1")))
        .isEqualTo(ErrorCode.RATE_LIMITED);
  }

  private void activateKey(String key, String ip) {
    fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(key, "d1", null, null), new ClientInfo(ip, null, null));
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }
}
