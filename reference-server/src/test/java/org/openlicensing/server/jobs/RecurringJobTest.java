package org.openlicensing.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringJobTest {
  private static final Runnable NOTHING = () -> {};

  @Test
  void aJobHasALowerCaseNameAndAPositiveInterval() {
    assertThatThrownBy(() -> new RecurringJob("Renewals", Duration.ofMinutes(1), NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecurringJob("a b", Duration.ofMinutes(1), NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecurringJob("renewals", Duration.ZERO, NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RecurringJob("subscription-renewals", Duration.ofHours(1), NOTHING).name())
        .isEqualTo("subscription-renewals");
  }

  @Test
  void schedulersPollAsOftenAsTheMostFrequentJobWithinOneAndTenSeconds() {
    assertThat(BackgroundJobs.pollingInterval(jobs(Duration.ofMinutes(1), Duration.ofSeconds(3))))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(BackgroundJobs.pollingInterval(jobs(Duration.ofMillis(100))))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(BackgroundJobs.pollingInterval(jobs(Duration.ofHours(1))))
        .isEqualTo(Duration.ofSeconds(10));
  }

  private static List<RecurringJob> jobs(Duration... intervals) {
    return java.util.stream.IntStream.range(0, intervals.length)
        .mapToObj(i -> new RecurringJob("job-" + i, intervals[i], NOTHING))
        .toList();
  }
}
