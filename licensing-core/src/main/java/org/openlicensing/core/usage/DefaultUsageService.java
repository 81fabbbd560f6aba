package org.openlicensing.core.usage;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.usage.DeviceActivity;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.api.usage.UsageSummary;

/** Usage metering: recording by the recorder, reading by the reports. */
final class DefaultUsageService implements UsageService {
  private final UsageRecorder recorder;
  private final UsageReports reports;

  DefaultUsageService(UsageRecorder recorder, UsageReports reports) {
    this.recorder = recorder;
    this.reports = reports;
  }

  @Override
  public RecordedUsage record(Caller caller, UUID licenseId, NewUsage usage) {
    return recorder.record(caller, licenseId, usage);
  }

  @Override
  public UsageSummary licenseUsage(Caller caller, UUID licenseId, UsageQuery query) {
    return reports.ofLicense(caller, licenseId, query);
  }

  @Override
  public UsageSummary organizationUsage(Caller caller, UUID organizationId, UsageQuery query) {
    return reports.ofOrganization(caller, organizationId, query);
  }

  @Override
  public DeviceActivity activeDevices(Caller caller, UUID organizationId, UsageQuery query) {
    return reports.devicesOf(caller, organizationId, query);
  }
}
