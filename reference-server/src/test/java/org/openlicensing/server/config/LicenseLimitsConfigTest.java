package org.openlicensing.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.core.throttling.RateLimit;

class LicenseLimitsConfigTest {

  @Test
  void theDeviceLimitsDefaultToTheLibrarys() {
    assertThat(ConfigReader.read(Map.of()).limits()).isEqualTo(Limits.DEFAULT);
  }

  @Test
  void operatorsSetActivationAndResetLimits() {
    Limits limits =
        ConfigReader.read(
                Map.of(
                    "LICENSING_ACTIVATION_LIMIT_PER_LICENSE", "20/10m",
                    "LICENSING_ACTIVATION_LIMIT_PER_IP", "5000 / 1h",
                    "LICENSING_LICENSE_RESET_LIMIT", "5/30d"))
            .limits();

    assertThat(limits.activationsPerLicense())
        .isEqualTo(new RateLimit("activations-per-license", 20, Duration.ofMinutes(10)));
    assertThat(limits.activationsPerIp())
        .isEqualTo(new RateLimit("activations-per-ip", 5_000, Duration.ofHours(1)));
    assertThat(limits.licenseResetsPerLicense())
        .isEqualTo(new RateLimit("license-resets-per-license", 5, Duration.ofDays(30)));
    assertThat(limits.loginPerIp()).isEqualTo(Limits.DEFAULT.loginPerIp());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LICENSING_LICENSE_RESET_LIMIT | 3",
        "LICENSING_LICENSE_RESET_LIMIT | 0/30d",
        "LICENSING_LICENSE_RESET_LIMIT | 3/30",
        "LICENSING_LICENSE_RESET_LIMIT | 3/400d",
        "LICENSING_ACTIVATION_LIMIT_PER_IP | many/1h",
        "LICENSING_ACTIVATION_LIMIT_PER_LICENSE | 2000000/1h",
      })
  void aBadLimitStopsStartUpNamingItsKey(String key, String value) {
    assertThatThrownBy(() -> ConfigReader.read(Map.of(key, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(key);
  }
}
