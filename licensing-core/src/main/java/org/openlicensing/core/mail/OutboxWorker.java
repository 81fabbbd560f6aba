package org.openlicensing.core.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox relay on one background thread: on a fixed poll, and at once when told that
 * e-mails were queued. Nudges while a run is pending are coalesced into that run.
 */
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
  private static final int BATCH = 50;

  private final OutboxRelay relay;
  private final Duration pollInterval;
  private final AtomicBoolean runPending = new AtomicBoolean();
  private volatile ScheduledExecutorService executor;

  public OutboxWorker(OutboxRelay relay, Duration pollInterval) {
    this.relay = relay;
    this.pollInterval = pollInterval;
  }

  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::deliverAll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a delivery run soon; a no-op before {@link #start()}. Never blocks. */
  public void nudge() {
    ScheduledExecutorService running = executor;
    if (running != null && runPending.compareAndSet(false, true)) {
      try {
        running.execute(this::deliverAll);
      } catch (RejectedExecutionException stopping) {
        runPending.set(false);
      }
    }
  }

  /** Stops polling and waits for a delivery under way to finish. */
  public synchronized void stop(Duration timeout) {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  private void deliverAll() {
    runPending.set(false);
    try {
      while (relay.deliverDue() == BATCH) {
        // A full batch means more may be due: keep going.
      }
    } catch (RuntimeException e) {
      LOG.error("Outbox delivery run failed; the next run retries", e);
    }
  }
}
