package org.openlicensing.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {
  @Test
  void dropsTheNanosecondsDatabasesCannotKeep() {
    Clock nanos = Clock.fixed(Instant.parse("2026-12-27T05:14:35.608023592Z"), ZoneOffset.UTC);

    assertThat(MicrosecondClock.of(nanos).instant())
        .isEqualTo(Instant.parse("2026-12-27T05:14:35.608023Z"));
  }
}
