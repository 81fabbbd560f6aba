package org.openlicensing.server.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs the server's recurring jobs with db-scheduler on the server's own database (table {@code
 * scheduled_tasks}), so that every server of a cluster may run them and each run happens on one of
 * them: a run is picked with an optimistic lock on its row. A run left behind by a server that died
 * is revived once its heartbeats have stopped for a minute.
 */
public final class BackgroundJobs implements AutoCloseable {
  /** Two threads: a slow job delays the others by no more than its own run. */
  static final int THREADS = 2;

  private static final Duration HEARTBEAT = Duration.ofSeconds(10);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(10);
  private static final Duration SHORTEST_POLL = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final Scheduler scheduler;
  private boolean started;
  private boolean stopped;

  /**
   * @param name this server's name among the schedulers, in the table's {@code picked_by}
   */
  public BackgroundJobs(DataSource dataSource, List<RecurringJob> jobs, String name) {
    requireUniqueNames(jobs);
    List<RecurringTask<Void>> tasks = jobs.stream().map(BackgroundJobs::task).toList();
    this.scheduler =
        Scheduler.create(dataSource)
            .startTasks(tasks)
            .schedulerName(new SchedulerName.Fixed(name))
            .threads(THREADS)
            .pollingInterval(pollingInterval(jobs))
            .heartbeatInterval(HEARTBEAT)
            .shutdownMaxWait(SHUTDOWN_WAIT)
            .build();
  }

  private static RecurringTask<Void> task(RecurringJob job) {
    return Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
        .execute((instance, context) -> job.work().run());
  }

  /** As often as the most frequent job needs, between once a second and every ten seconds. */
  static Duration pollingInterval(List<RecurringJob> jobs) {
    Duration shortest =
        jobs.stream()
            .map(RecurringJob::interval)
            .min(Comparator.naturalOrder())
            .orElse(LONGEST_POLL);
    if (shortest.compareTo(SHORTEST_POLL) < 0) {
      return SHORTEST_POLL;
    }
    return shortest.compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : shortest;
  }

  private static void requireUniqueNames(List<RecurringJob> jobs) {
    Set<String> names = new HashSet<>();
    for (RecurringJob job : jobs) {
      if (!names.add(job.name())) {
        throw new IllegalArgumentException("two jobs are named " + job.name());
      }
    }
  }

  public synchronized void start() {
    if (!started && !stopped) {
      scheduler.start();
      started = true;
    }
  }

  /** Stops polling and waits up to ten seconds for the runs under way. Idempotent. */
  public synchronized void stop() {
    if (started && !stopped) {
      scheduler.stop();
    }
    stopped = true;
  }

  @Override
  public void close() {
    stop();
  }
}
