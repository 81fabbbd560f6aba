package org.openlicensing.persistence.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.throttling.RateLimit;

class BucketKeysTest {
  private static final RateLimit LIMIT = new RateLimit("login-per-ip", 30, Duration.ofMinutes(1));

  @Test
  void keyIsTheLimitsNameAColonAndTheKey() {
    assertThat(BucketKeys.of(LIMIT, "203.0.113.7")).isEqualTo("login-per-ip:203.0.113.7");
  }

  @Test
  void keyTooLongForTheColumnIsReplacedByItsHash() {
    String key = BucketKeys.of(LIMIT, "x".repeat(BucketKeys.MAX_LENGTH));

    assertThat(key)
        .startsWith("login-per-ip:sha256:")
        .hasSizeLessThanOrEqualTo(BucketKeys.MAX_LENGTH);
  }

  @Test
  void keyThatJustFitsIsKept() {
    String fits = "x".repeat(BucketKeys.MAX_LENGTH - "login-per-ip:".length());

    assertThat(BucketKeys.of(LIMIT, fits)).isEqualTo("login-per-ip:" + fits);
  }
}
