package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.throttling.RateDecision;
import org.openlicensing.core.throttling.RateLimit;
import org.openlicensing.core.throttling.RateLimiter;

/**
 * What every {@link RateLimiter} promises, on a clock the test moves: a bucket of two tokens that
 * gets one back every 30 seconds. Every test uses keys of its own, so buckets a store keeps from
 * earlier tests never meet it.
 */
public abstract class RateLimiterContract {
  private static final RateLimit TWO_PER_MINUTE =
      new RateLimit("test-two-per-minute", 2, Duration.ofMinutes(1));
  private static final Duration ONE_TOKEN = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock(TestData.NOW);
  private RateLimiter limiter;
  private String key;

  /** A limiter whose time is {@code clock}. */
  protected abstract RateLimiter limiter(Clock clock);

  @BeforeEach
  void openLimiter() {
    limiter = limiter(clock);
    key = TestData.unique("client");
  }

  private boolean acquire(String of) {
    return limiter.tryAcquire(of, TWO_PER_MINUTE).allowed();
  }

  private void drain(String of) {
    assertThat(acquire(of)).isTrue();
    assertThat(acquire(of)).isTrue();
  }

  @Test
  void bucketLetsItsCapacityThroughThenRefuses() {
    assertThat(acquire(key)).isTrue();
    assertThat(acquire(key)).isTrue();
    assertThat(acquire(key)).isFalse();
  }

  @Test
  void allowedAttemptNeedsNoWait() {
    assertThat(limiter.tryAcquire(key, TWO_PER_MINUTE)).isEqualTo(RateDecision.ALLOWED);
  }

  @Test
  void refusalSaysHowLongUntilATokenIsBack() {
    drain(key);

    RateDecision refused = limiter.tryAcquire(key, TWO_PER_MINUTE);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(ONE_TOKEN);
  }

  @Test
  void tokenComesBackAfterItsShareOfThePeriod() {
    drain(key);

    clock.advance(ONE_TOKEN);

    assertThat(acquire(key)).isTrue();
    assertThat(acquire(key)).isFalse();
  }

  @Test
  void waitingTheRetryAfterIsEnough() {
    drain(key);
    Duration wait = limiter.tryAcquire(key, TWO_PER_MINUTE).retryAfter();

    clock.advance(wait);

    assertThat(acquire(key)).isTrue();
  }

  @Test
  void wholePeriodRefillsTheWholeCapacity() {
    drain(key);

    clock.advance(Duration.ofMinutes(1));

    drain(key);
    assertThat(acquire(key)).isFalse();
  }

  @Test
  void idleBucketHoldsNoMoreThanItsCapacity() {
    assertThat(acquire(key)).isTrue();

    clock.advance(Duration.ofHours(5));

    drain(key);
    assertThat(acquire(key)).isFalse();
  }

  @Test
  void probeTakesNoToken() {
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.probe(key, TWO_PER_MINUTE).allowed()).isTrue();
    }

    drain(key);
  }

  @Test
  void probeOfAnEmptyBucketIsRefusedWithTheWait() {
    drain(key);

    RateDecision probed = limiter.probe(key, TWO_PER_MINUTE);

    assertThat(probed.allowed()).isFalse();
    assertThat(probed.retryAfter()).isPositive().isLessThanOrEqualTo(ONE_TOKEN);
  }

  @Test
  void eachKeyHasABucketOfItsOwn() {
    String other = TestData.unique("client");
    drain(key);

    assertThat(acquire(other)).isTrue();
    assertThat(acquire(key)).isFalse();
  }

  @Test
  void eachLimitHasABucketOfItsOwnForTheSameKey() {
    RateLimit otherLimit = new RateLimit("test-other-limit", 1, Duration.ofMinutes(1));
    drain(key);

    assertThat(limiter.tryAcquire(key, otherLimit).allowed()).isTrue();
    assertThat(limiter.tryAcquire(key, otherLimit).allowed()).isFalse();
  }
}
