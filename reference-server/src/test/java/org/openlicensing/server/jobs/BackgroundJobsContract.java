package org.openlicensing.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.persistence.SchemaMigration;

/**
 * Recurring jobs on db-scheduler over the real database: they run again and again, survive a
 * failing run, and two schedulers on one database (two servers) never run the same execution.
 */
abstract class BackgroundJobsContract {
  /** The database, migrated; each test uses job names of its own. */
  protected abstract DataSource dataSource();

  @BeforeEach
  void migrate() {
    SchemaMigration.migrate(dataSource());
  }

  private static String name(String prefix) {
    return prefix + "-" + Long.toHexString(System.nanoTime());
  }

  @Test
  void aJobRunsAgainAfterItsInterval() throws InterruptedException {
    CountDownLatch runs = new CountDownLatch(3);
    try (BackgroundJobs jobs =
        new BackgroundJobs(
            dataSource(),
            List.of(new RecurringJob(name("ticker"), Duration.ofMillis(200), runs::countDown)),
            "test-a")) {
      jobs.start();

      assertThat(runs.await(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aJobThatFailsRunsAgain() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch secondRun = new CountDownLatch(1);
    Runnable work =
        () -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("first run fails");
          }
          secondRun.countDown();
        };
    try (BackgroundJobs jobs =
        new BackgroundJobs(
            dataSource(),
            List.of(new RecurringJob(name("flaky"), Duration.ofMillis(200), work)),
            "test-a")) {
      jobs.start();

      assertThat(secondRun.await(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void twoSchedulersOnOneDatabaseNeverRunAnExecutionTwice() throws InterruptedException {
    String job = name("cluster-probe");
    AtomicInteger running = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(6);
    Runnable work =
        () -> {
          if (running.incrementAndGet() > 1) {
            overlapped.set(true);
          }
          try {
            Thread.sleep(150);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            running.decrementAndGet();
            runs.incrementAndGet();
            enough.countDown();
          }
        };
    try (BackgroundJobs first =
            new BackgroundJobs(
                dataSource(),
                List.of(new RecurringJob(job, Duration.ofMillis(100), work)),
                "server-1");
        BackgroundJobs second =
            new BackgroundJobs(
                dataSource(),
                List.of(new RecurringJob(job, Duration.ofMillis(100), work)),
                "server-2")) {
      first.start();
      second.start();

      assertThat(enough.await(30, TimeUnit.SECONDS)).as("runs: %s", runs).isTrue();
    }

    assertThat(overlapped).as("two servers ran one execution at once").isFalse();
  }

  @Test
  void twoJobsOfOneNameAreRefused() {
    Runnable nothing = () -> {};
    assertThatThrownBy(
            () ->
                new BackgroundJobs(
                    dataSource(),
                    List.of(
                        new RecurringJob("same", Duration.ofMinutes(1), nothing),
                        new RecurringJob("same", Duration.ofMinutes(2), nothing)),
                    "test-a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
