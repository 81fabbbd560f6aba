package org.openlicensing.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayBackoffTest {
  @Test
  void retriesDoubleFromThirtySeconds() {
    assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxRelay.backoff(5)).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void retriesWaitAtMostSixHours() {
    assertThat(OutboxRelay.backoff(OutboxRelay.MAX_ATTEMPTS))
        .isEqualTo(Duration.ofHours(4).plusMinutes(16));
    assertThat(OutboxRelay.backoff(40)).isEqualTo(Duration.ofHours(6));
  }
}
