package org.openlicensing.core.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.TransferRule;

class LicensePolicyTest {
  private static final LicensePolicy BASE =
      new LicensePolicy(3, false, true, 7, Duration.ofDays(14));

  @ParameterizedTest(name = "{0} of {1} allows {2}")
  @CsvSource({
    "NONE, 3, 3",
    "NONE, 1, 1",
    "ALLOW_1_25X, 3, 3",
    "ALLOW_1_25X, 4, 5",
    "ALLOW_1_25X, 7, 8",
    "ALLOW_1_25X, 8, 10",
    "ALLOW_1_5X, 1, 1",
    "ALLOW_1_5X, 2, 3",
    "ALLOW_1_5X, 3, 4",
    "ALLOW_2X, 1, 2",
    "ALLOW_2X, 3, 6",
    "ALLOW_2X, 10000, 20000"
  })
  void overageIsComputedInWholeNumbersRoundedDown(
      OverageAllowance allowance, int limit, int allowed) {
    assertThat(allowance.allowed(limit)).isEqualTo(allowed);
  }

  @Test
  void overageOfTheLargestLimitDoesNotOverflow() {
    assertThat(OverageAllowance.ALLOW_1_25X.allowed(Integer.MAX_VALUE / 2))
        .isEqualTo((int) ((long) (Integer.MAX_VALUE / 2) * 5 / 4));
  }

  @Test
  void theFirstVersionsConstructorTakesTheDefaults() {
    assertThat(BASE.concurrencyLimit()).isEqualTo(3);
    assertThat(BASE.heartbeatWindow()).isEqualTo(LicensePolicy.DEFAULT_HEARTBEAT_WINDOW);
    assertThat(BASE.userBound()).isFalse();
    assertThat(BASE.overage()).isEqualTo(OverageAllowance.NONE);
    assertThat(BASE.transferRule()).isEqualTo(TransferRule.DEACTIVATE);
  }

  @Test
  void aFloatingPolicyHasItsOwnConcurrencyLimitAndWindow() {
    LicensePolicy floating = BASE.floating(2, Duration.ofMinutes(5));

    assertThat(floating.floating()).isTrue();
    assertThat(floating.deviceLimit()).isEqualTo(3);
    assertThat(floating.concurrencyLimit()).isEqualTo(2);
    assertThat(floating.heartbeatWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(floating.withOverage(OverageAllowance.ALLOW_2X).allowedLeases()).isEqualTo(4);
    assertThat(floating.withOverage(OverageAllowance.ALLOW_2X).allowedDevices()).isEqualTo(6);
  }

  @Test
  void theConcurrencyLimitLiesBetweenOneAndTheDeviceLimit() {
    assertThatThrownBy(() -> BASE.floating(0, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrencyLimit");
    assertThatThrownBy(() -> BASE.floating(4, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrencyLimit");
  }

  @Test
  void aNodeLockedPolicyHasNoConcurrencyLimitOfItsOwn() {
    assertThatThrownBy(
            () ->
                new LicensePolicy(
                    3,
                    false,
                    true,
                    7,
                    Duration.ofDays(14),
                    2,
                    Duration.ofMinutes(10),
                    false,
                    OverageAllowance.NONE,
                    TransferRule.KEEP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node-locked");
  }

  @Test
  void theHeartbeatWindowIsPositive() {
    assertThatThrownBy(() -> BASE.floating(2, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heartbeatWindow");
  }
}
