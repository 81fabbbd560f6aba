package org.openlicensing.rest.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.MetricTotal;
import org.openlicensing.api.usage.UsageSummary;

/**
 * Usage per UTC day and metric over a range (days without usage left out), the range's totals per
 * metric, and for a license its quotas as they stand now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsageSummaryJson(
    UUID licenseId,
    UUID organizationId,
    LocalDate from,
    LocalDate to,
    List<DayJson> days,
    List<TotalJson> totals,
    List<QuotaJson> quotas) {

  public record DayJson(LocalDate day, String metric, long total) {
    static DayJson of(DailyUsage usage) {
      return new DayJson(usage.day(), usage.metric(), usage.total());
    }
  }

  public record TotalJson(String metric, long total) {
    static TotalJson of(MetricTotal total) {
      return new TotalJson(total.metric(), total.total());
    }
  }

  static UsageSummaryJson ofLicense(UUID licenseId, UsageSummary summary) {
    return of(licenseId, null, summary, QuotaJson.all(summary.quotas()));
  }

  static UsageSummaryJson ofOrganization(UUID organizationId, UsageSummary summary) {
    return of(null, organizationId, summary, null);
  }

  private static UsageSummaryJson of(
      UUID licenseId, UUID organizationId, UsageSummary summary, List<QuotaJson> quotas) {
    return new UsageSummaryJson(
        licenseId,
        organizationId,
        summary.range().from(),
        summary.range().to(),
        summary.days().stream().map(DayJson::of).toList(),
        summary.totals().stream().map(TotalJson::of).toList(),
        quotas);
  }
}
