package org.openlicensing.server.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Work that runs again and again, {@code interval} after the previous run ended, once at a time in
 * the whole cluster.
 *
 * @param name unique and stable across releases: the database knows the job by it
 * @param work must not block forever; a failure is logged and the job runs again at its time
 */
public record RecurringJob(String name, Duration interval, Runnable work) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

  public RecurringJob {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a job's name is lower-case letters, digits and hyphens: " + name);
    }
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a job's interval must be positive: " + interval);
    }
    Objects.requireNonNull(work, "work");
  }
}
