package org.openlicensing.api.organizations;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Line by line, what a bulk operation did; the lines not carried out change nothing. */
public record BulkReport(List<BulkLineResult> lines) {
  public BulkReport {
    lines = List.copyOf(lines);
  }

  /** How many lines ended in each outcome; outcomes that no line had are left out. */
  public Map<BulkOutcome, Integer> counts() {
    Map<BulkOutcome, Integer> counts = new EnumMap<>(BulkOutcome.class);
    for (BulkLineResult line : lines) {
      counts.merge(line.outcome(), 1, Integer::sum);
    }
    return counts;
  }

  public int applied() {
    return (int) lines.stream().filter(l -> l.outcome().applied()).count();
  }
}
