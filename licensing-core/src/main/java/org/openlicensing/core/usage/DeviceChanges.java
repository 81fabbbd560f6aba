package org.openlicensing.core.usage;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the count of an organization's active devices per day is made from.
 *
 * @param activeAtStart activations made before the range began and not ended by then
 * @param activatedOn per UTC day of the range, the activations made on it
 * @param deactivatedOn per UTC day of the range, the activations ended on it (they still count on
 *     that day, not after)
 */
public record DeviceChanges(
    long activeAtStart, Map<LocalDate, Long> activatedOn, Map<LocalDate, Long> deactivatedOn) {
  public DeviceChanges {
    activatedOn = Map.copyOf(activatedOn);
    deactivatedOn = Map.copyOf(deactivatedOn);
  }
}
