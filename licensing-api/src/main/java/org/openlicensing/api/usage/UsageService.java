package org.openlicensing.api.usage;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;

/**
 * Usage metering: licenses report what they use, quotas from their entitlements bound it, and daily
 * totals answer how much was used.
 */
public interface UsageService {

  /**
   * Records usage by a license. The caller is the device, proving itself with the license's key; an
   * account that may manage the licenses of its organization, or its holder; or an API key of the
   * organization with the WRITE scope. To anyone else the license is NOT_FOUND.
   *
   * <p>A key the license has seen answers its first event, counted once, even for concurrent
   * reports; the same key with another metric or quantity is a CONFLICT. A report that would take
   * the license past a quota on its metric is USAGE_LIMIT_REACHED and records nothing; a license
   * that is suspended, revoked or expired records nothing either.
   */
  RecordedUsage record(Caller caller, UUID licenseId, NewUsage usage);

  /**
   * A license's usage per day and metric, with its quotas, for the device (its key), the license's
   * holder, and those who may read everything of its organization; for anyone else NOT_FOUND.
   */
  UsageSummary licenseUsage(Caller caller, UUID licenseId, UsageQuery query);

  /**
   * The usage of all of an organization's licenses, per day and metric, for those who may read its
   * billing (owners, admins, billing managers, READ keys, platform admins).
   */
  UsageSummary organizationUsage(Caller caller, UUID organizationId, UsageQuery query);

  /** An organization's active devices per day, for the same callers as its usage. */
  DeviceActivity activeDevices(Caller caller, UUID organizationId, UsageQuery query);
}
