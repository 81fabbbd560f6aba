package org.openlicensing.api.usage;

import java.util.List;
import java.util.Objects;

/** An organization's active devices on every day of a range, in order, zeros included. */
public record DeviceActivity(DayRange range, List<DailyDevices> days) {
  public DeviceActivity {
    Objects.requireNonNull(range, "range");
    days = List.copyOf(days);
    if (days.size() != range.days()) {
      throw new IllegalArgumentException(
          "one entry per day of the range: " + range.days() + ", not " + days.size());
    }
  }
}
