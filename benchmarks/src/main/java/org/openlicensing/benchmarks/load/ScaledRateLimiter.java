package org.openlicensing.benchmarks.load;

import org.openlicensing.core.throttling.RateDecision;
import org.openlicensing.core.throttling.RateLimit;
import org.openlicensing.core.throttling.RateLimiter;

/**
 * The server's own limiter with every capacity multiplied: buckets are still found, filled and
 * taken from on every request, as in production, but a load generator on one address is not
 * refused.
 */
final class ScaledRateLimiter implements RateLimiter {
  private final RateLimiter delegate;
  private final long factor;

  ScaledRateLimiter(RateLimiter delegate, long factor) {
    this.delegate = delegate;
    this.factor = factor;
  }

  @Override
  public RateDecision tryAcquire(String key, RateLimit limit, long tokens) {
    return delegate.tryAcquire(key, scaled(limit), tokens);
  }

  @Override
  public RateDecision probe(String key, RateLimit limit) {
    return delegate.probe(key, scaled(limit));
  }

  private RateLimit scaled(RateLimit limit) {
    return new RateLimit(limit.name(), limit.capacity() * factor, limit.period());
  }
}
