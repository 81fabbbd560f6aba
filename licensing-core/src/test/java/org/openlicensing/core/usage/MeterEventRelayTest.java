package org.openlicensing.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeterEventRelayTest {
  @Test
  void retriesWaitThirtySecondsDoublingUpToAnHour() {
    assertThat(MeterEventRelay.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(MeterEventRelay.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(MeterEventRelay.backoff(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(MeterEventRelay.backoff(8)).isEqualTo(Duration.ofHours(1));
    assertThat(MeterEventRelay.backoff(10_000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anIdentifierIsTheSameForALicenseAndKeyAndFitsStripe() {
    UUID license = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");

    String identifier = MeterIdentifiers.of(license, "k".repeat(255));

    assertThat(identifier).isEqualTo(MeterIdentifiers.of(license, "k".repeat(255)));
    assertThat(identifier).hasSizeLessThanOrEqualTo(100).matches("olu_[0-9a-f]{64}");
    assertThat(MeterIdentifiers.of(license, "k")).isNotEqualTo(identifier);
    assertThat(MeterIdentifiers.of(UUID.randomUUID(), "k"))
        .isNotEqualTo(MeterIdentifiers.of(license, "k"));
  }
}
