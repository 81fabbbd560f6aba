package org.openlicensing.api.usage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many devices were active on one UTC day: activated on or before it, and not deactivated
 * before it began.
 */
public record DailyDevices(LocalDate day, long activeDevices) {
  public DailyDevices {
    Objects.requireNonNull(day, "day");
    if (activeDevices < 0) {
      throw new IllegalArgumentException("activeDevices cannot be negative: " + activeDevices);
    }
  }
}
