package org.openlicensing.persistence.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.testing.RateLimiterContract;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.core.throttling.RateDecision;
import org.openlicensing.core.throttling.RateLimit;
import org.openlicensing.core.throttling.RateLimiter;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.persistence.SchemaMigration;
import org.openlicensing.persistence.testing.PostgresDatabase;

/**
 * The rate limiter contract on PostgreSQL, and what only a shared database gives: several servers,
 * each with its own limiter and pool, drawing on one bucket.
 */
class PostgresRateLimiterTest extends RateLimiterContract {
  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  private static final RateLimit FIVE_PER_MINUTE =
      new RateLimit("test-five-per-minute", 5, Duration.ofMinutes(1));

  /** A second server's pool on the same database. */
  private HikariDataSource otherServer;

  private String key;

  @BeforeAll
  static void migrate() {
    SchemaMigration.migrate(DATABASE.dataSource());
  }

  @BeforeEach
  void openOtherServer() {
    otherServer = DataSources.create(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
    key = TestData.unique("client");
  }

  @AfterEach
  void closeOtherServer() {
    otherServer.close();
  }

  @Override
  protected RateLimiter limiter(Clock clock) {
    return new PostgresRateLimiter(DATABASE.dataSource(), clock);
  }

  @Test
  void twoServersOnOneDatabaseShareEachBucket() {
    RateLimiter first = new PostgresRateLimiter(DATABASE.dataSource());
    RateLimiter second = new PostgresRateLimiter(otherServer);
    RateLimit twoPerHour = new RateLimit("test-two-per-hour", 2, Duration.ofHours(1));

    assertThat(first.tryAcquire(key, twoPerHour).allowed()).isTrue();
    assertThat(second.tryAcquire(key, twoPerHour).allowed()).isTrue();

    assertThat(first.tryAcquire(key, twoPerHour).allowed()).isFalse();
    assertThat(second.tryAcquire(key, twoPerHour).allowed()).isFalse();
    assertThat(second.probe(key, twoPerHour).allowed()).isFalse();
  }

  @Test
  void concurrentAttemptsOnTwoServersNeverTakeMoreThanTheCapacity() throws Exception {
    List<RateLimiter> servers =
        List.of(
            new PostgresRateLimiter(DATABASE.dataSource()), new PostgresRateLimiter(otherServer));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        RateLimiter server = servers.get(i % 2);
        Callable<Boolean> attempt =
            () -> {
              start.await();
              return server.tryAcquire(key, FIVE_PER_MINUTE).allowed();
            };
        attempts.add(threads.submit(attempt));
      }
      start.countDown();
      int allowed = 0;
      for (Future<Boolean> attempt : attempts) {
        allowed += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(allowed).isEqualTo(5);
    } finally {
      threads.shutdownNow();
    }
  }

  /** On the system clock, as a server runs it: a short real wait for one token. */
  @Test
  void bucketRefillsInRealTime() throws InterruptedException {
    RateLimiter limiter = new PostgresRateLimiter(DATABASE.dataSource());
    RateLimit twoPerSecond = new RateLimit("test-two-per-second", 2, Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire(key, twoPerSecond).allowed()).isTrue();
    assertThat(limiter.tryAcquire(key, twoPerSecond).allowed()).isTrue();
    RateDecision refused = limiter.tryAcquire(key, twoPerSecond);
    assertThat(refused.allowed()).isFalse();

    Thread.sleep(refused.retryAfter().toMillis() + 50);

    assertThat(limiter.tryAcquire(key, twoPerSecond).allowed()).isTrue();
  }

  @Test
  void bucketThatHasRefilledIsRemovedAndOneInUseIsKept() throws Exception {
    PostgresRateLimiter limiter = new PostgresRateLimiter(DATABASE.dataSource());
    RateLimit quick = new RateLimit("test-quick", 1, Duration.ofMillis(200));
    RateLimit slow = new RateLimit("test-slow", 1, Duration.ofHours(1));
    limiter.tryAcquire(key, quick);
    limiter.tryAcquire(key, slow);

    Thread.sleep(400);
    limiter.removeExpired(1_000);

    assertThat(bucketExists("test-quick:" + key)).isFalse();
    assertThat(bucketExists("test-slow:" + key)).isTrue();
  }

  @Test
  void keyLongerThanTheColumnHasABucketOfItsOwn() {
    RateLimiter limiter = new PostgresRateLimiter(DATABASE.dataSource());
    RateLimit oncePerHour = new RateLimit("test-once-per-hour", 1, Duration.ofHours(1));
    String longKey = "x".repeat(5_000) + key;

    assertThat(limiter.tryAcquire(longKey, oncePerHour).allowed()).isTrue();
    assertThat(limiter.tryAcquire(longKey, oncePerHour).allowed()).isFalse();
    assertThat(limiter.tryAcquire(longKey + "y", oncePerHour).allowed()).isTrue();
  }

  private static boolean bucketExists(String id) throws SQLException {
    try (Connection connection = DATABASE.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT 1 FROM rate_limit_buckets WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }
}
