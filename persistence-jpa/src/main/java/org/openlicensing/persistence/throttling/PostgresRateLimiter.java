package org.openlicensing.persistence.throttling;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.openlicensing.core.throttling.RateDecision;
import org.openlicensing.core.throttling.RateLimit;
import org.openlicensing.core.throttling.RateLimiter;

/**
 * Token buckets in PostgreSQL (Bucket4j), in the table {@code rate_limit_buckets}, so that every
 * server on one database shares each limit. Each call is a short transaction of its own on a
 * connection of the pool: {@code SELECT ... FOR UPDATE} of the bucket's row, then its new state;
 * calls for one key on any server take turns, calls for different keys do not meet. Call it outside
 * the caller's transaction, so that a request never holds two connections.
 *
 * <p>Time is the wall clock (see {@link ClockTimeMeter}): the servers' clocks must agree, as NTP
 * makes them. A bucket that has refilled is as good as none; {@link #removeExpired} deletes such
 * rows, and a server should run it now and then.
 */
public final class PostgresRateLimiter implements RateLimiter {
  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  /** On the system's UTC clock. */
  public PostgresRateLimiter(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public PostgresRateLimiter(DataSource dataSource, Clock clock) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .clientClock(new ClockTimeMeter(clock))
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build();
  }

  @Override
  public RateDecision tryAcquire(String key, RateLimit limit, long tokens) {
    ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(tokens);
    return probe.isConsumed()
        ? RateDecision.ALLOWED
        : new RateDecision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  @Override
  public RateDecision probe(String key, RateLimit limit) {
    EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? RateDecision.ALLOWED
        : new RateDecision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /**
   * Deletes at most {@code batchSize} buckets that have refilled by now (by the system clock);
   * returns how many. Rows another server is using are skipped.
   */
  public int removeExpired(int batchSize) {
    return buckets.removeExpired(batchSize);
  }

  private BucketProxy bucket(String key, RateLimit limit) {
    return buckets.builder().build(BucketKeys.of(limit, key), () -> configuration(limit));
  }

  /** The same bucket as the local limiter's: the capacity, refilled evenly over the period. */
  private static BucketConfiguration configuration(RateLimit limit) {
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .build();
  }
}
