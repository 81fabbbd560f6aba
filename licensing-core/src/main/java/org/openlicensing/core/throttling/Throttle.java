package org.openlicensing.core.throttling;

import java.time.Duration;
import org.openlicensing.api.RateLimitedException;
import org.openlicensing.api.auth.ClientInfo;

/** Enforces limits for the services: RATE_LIMITED, with the wait, when a bucket is empty. */
public final class Throttle {
  private final RateLimiter limiter;
  private final Limits limits;

  public Throttle(RateLimiter limiter, Limits limits) {
    this.limiter = limiter;
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  /** Takes a token for the client's IP; calls from inside the process (no IP) are not limited. */
  public void perIp(RateLimit limit, ClientInfo client) {
    if (client != null && client.ipAddress() != null) {
      perKey(limit, client.ipAddress());
    }
  }

  /** Takes a token for the key, such as a normalized e-mail address or an account id. */
  public void perKey(RateLimit limit, String key) {
    require(limiter.tryAcquire(key, limit), limit);
  }

  /** Takes {@code tokens} tokens at once for the key, as a bulk operation of that many lines. */
  public void perKey(RateLimit limit, String key, long tokens) {
    require(limiter.tryAcquire(key, limit, tokens), limit);
  }

  /** Fails if the key's bucket is empty, without taking a token. */
  public void requireCapacity(RateLimit limit, String key) {
    require(limiter.probe(key, limit), limit);
  }

  /** Takes a token, for a failure counted after the fact; an empty bucket is not an error here. */
  public void record(RateLimit limit, String key) {
    limiter.tryAcquire(key, limit);
  }

  private static void require(RateDecision decision, RateLimit limit) {
    if (!decision.allowed()) {
      throw new RateLimitedException(limit.name(), roundUp(decision.retryAfter()));
    }
  }

  private static Duration roundUp(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
