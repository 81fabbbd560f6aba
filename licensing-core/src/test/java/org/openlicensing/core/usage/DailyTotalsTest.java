package org.openlicensing.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.usage.DailyDevices;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.MetricTotal;

class DailyTotalsTest {
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

  @Test
  void totalsSumEachMetricOverTheDaysInMetricOrder() {
    DayRange range = new DayRange(DAY, DAY.plusDays(1));

    var summary =
        DailyTotals.summary(
            range,
            List.of(
                new DailyUsage(DAY, "exports", 1),
                new DailyUsage(DAY, "api_calls", 2),
                new DailyUsage(DAY.plusDays(1), "api_calls", 3)),
            List.of());

    assertThat(summary.totals())
        .containsExactly(new MetricTotal("api_calls", 5), new MetricTotal("exports", 1));
  }

  @Test
  void aDeviceCountsOnTheDayItEndsAndNotAfter() {
    DayRange range = new DayRange(DAY, DAY.plusDays(3));
    DeviceChanges changes =
        new DeviceChanges(
            2,
            Map.of(DAY, 2L, DAY.plusDays(2), 1L),
            Map.of(DAY, 2L, DAY.plusDays(2), 1L, DAY.plusDays(3), 3L));

    assertThat(DailyTotals.devices(range, changes).days())
        .containsExactly(
            new DailyDevices(DAY, 4),
            new DailyDevices(DAY.plusDays(1), 2),
            new DailyDevices(DAY.plusDays(2), 3),
            new DailyDevices(DAY.plusDays(3), 2));
  }

  @Test
  void everyDayOfTheRangeIsThereEvenWithoutDevices() {
    DayRange range = new DayRange(DAY, DAY.plusDays(365));

    assertThat(DailyTotals.devices(range, new DeviceChanges(0, Map.of(), Map.of())).days())
        .hasSize(366)
        .extracting(DailyDevices::activeDevices)
        .containsOnly(0L);
  }
}
