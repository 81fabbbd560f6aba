package org.openlicensing.core.throttling;

/**
 * Token buckets by key. The local implementation keeps them in memory (one server); the PostgreSQL
 * one in the database, so that several servers share each limit.
 */
public interface RateLimiter {

  /** Takes a token from the key's bucket, if it has one. */
  default RateDecision tryAcquire(String key, RateLimit limit) {
    return tryAcquire(key, limit, 1);
  }

  /**
   * Takes that many tokens at once, as for a bulk operation, or none if the bucket has fewer. More
   * tokens than the limit's capacity are never granted.
   */
  RateDecision tryAcquire(String key, RateLimit limit, long tokens);

  /** Whether the bucket has a token, without taking it. */
  RateDecision probe(String key, RateLimit limit);
}
