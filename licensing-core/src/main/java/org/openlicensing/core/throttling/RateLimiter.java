package org.openlicensing.core.throttling;

/**
 * Token buckets by key. The local implementation keeps them in memory (one server); the PostgreSQL
 * one in the database, so that several servers share each limit.
 */
public interface RateLimiter {

  /** Takes a token from the key's bucket, if it has one. */
  RateDecision tryAcquire(String key, RateLimit limit);

  /** Whether the bucket has a token, without taking it. */
  RateDecision probe(String key, RateLimit limit);
}
