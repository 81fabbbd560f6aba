package org.openlicensing.core.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  @Test
  void theDefaultWaitsOneFiveThirtyMinutesThenTwoAndTwelveHoursThenGivesUp() {
    RetrySchedule schedule = RetrySchedule.DEFAULT;

    assertThat(schedule.delayAfter(1)).contains(Duration.ofMinutes(1));
    assertThat(schedule.delayAfter(2)).contains(Duration.ofMinutes(5));
    assertThat(schedule.delayAfter(3)).contains(Duration.ofMinutes(30));
    assertThat(schedule.delayAfter(4)).contains(Duration.ofHours(2));
    assertThat(schedule.delayAfter(5)).contains(Duration.ofHours(12));
    assertThat(schedule.delayAfter(6)).isEmpty();
    assertThat(schedule.maxAttempts()).isEqualTo(6);
  }

  @Test
  void attemptsCountFromOne() {
    assertThatThrownBy(() -> RetrySchedule.DEFAULT.delayAfter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScheduleHasAtLeastOnePositiveDelay() {
    assertThatThrownBy(() -> new RetrySchedule(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScheduleHasAtMostFiftyDelays() {
    List<Duration> many = new ArrayList<>(Collections.nCopies(51, Duration.ofMinutes(1)));

    assertThatThrownBy(() -> new RetrySchedule(many)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RetrySchedule(many.subList(0, 50)).maxAttempts()).isEqualTo(51);
  }

  @Test
  void theDelaysAreCopied() {
    List<Duration> delays = new ArrayList<>(List.of(Duration.ofMinutes(1)));
    RetrySchedule schedule = new RetrySchedule(delays);

    delays.add(Duration.ofMinutes(2));

    assertThat(schedule.maxAttempts()).isEqualTo(2);
  }
}
