package org.openlicensing.rest.usage;

import java.time.Instant;
import java.util.List;
import org.openlicensing.api.usage.QuotaStanding;

/** A quota of the license and how much of it the current period has used. */
public record QuotaJson(
    String metric,
    String period,
    long limit,
    long used,
    long remaining,
    boolean reached,
    Instant periodStart,
    Instant resetsAt,
    String entitlement) {

  static QuotaJson of(QuotaStanding standing) {
    return new QuotaJson(
        standing.quota().metric(),
        standing.quota().period().name(),
        standing.quota().limit(),
        standing.used(),
        standing.remaining(),
        standing.reached(),
        standing.periodStart(),
        standing.resetsAt(),
        standing.quota().entitlement());
  }

  static List<QuotaJson> all(List<QuotaStanding> standings) {
    return standings.stream().map(QuotaJson::of).toList();
  }
}
