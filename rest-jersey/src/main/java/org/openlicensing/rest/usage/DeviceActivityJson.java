package org.openlicensing.rest.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.usage.DeviceActivity;

/** An organization's active devices on every UTC day of a range, zeros included. */
public record DeviceActivityJson(
    UUID organizationId, LocalDate from, LocalDate to, List<DayJson> days) {

  public record DayJson(LocalDate day, long activeDevices) {}

  static DeviceActivityJson of(UUID organizationId, DeviceActivity activity) {
    return new DeviceActivityJson(
        organizationId,
        activity.range().from(),
        activity.range().to(),
        activity.days().stream().map(d -> new DayJson(d.day(), d.activeDevices())).toList());
  }
}
