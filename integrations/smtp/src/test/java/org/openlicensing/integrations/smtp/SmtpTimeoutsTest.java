package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpTimeoutsTest {
  @Test
  void rejectsAZeroTimeoutBecauseJakartaMailReadsItAsWaitForever() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new SmtpTimeouts(Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(30)))
        .withMessageContaining("read timeout");
  }
}
