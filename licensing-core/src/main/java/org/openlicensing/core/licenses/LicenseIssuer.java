package org.openlicensing.core.licenses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.core.support.Ids;

/** Makes the licenses of a subscription: one per seat, valid until the period ends. */
public final class LicenseIssuer {
  private final LicenseRepository licenses;
  private final LicenseKeys keys;
  private final Clock clock;

  public LicenseIssuer(LicenseRepository licenses, LicenseKeys keys, Clock clock) {
    this.licenses = licenses;
    this.keys = keys;
    this.clock = clock;
  }

  /** Runs in the caller's transaction. */
  public List<License> issueFor(Subscription subscription, Plan plan) {
    return issue(subscription, plan, subscription.seats());
  }

  /** Licenses for seats added to a subscription. Runs in the caller's transaction. */
  public List<License> issue(Subscription subscription, Plan plan, int count) {
    Instant now = clock.instant();
    List<License> issued = new ArrayList<>(count);
    for (int seat = 0; seat < count; seat++) {
      issued.add(
          new License(
              Ids.newId(clock),
              keys.next(),
              subscription.organizationId(),
              subscription.id(),
              plan.code(),
              LicenseStatus.ACTIVE,
              subscription.currentPeriodEnd(),
              plan.policy(),
              plan.entitlements(),
              Optional.empty(),
              now));
    }
    licenses.insertAll(issued);
    return issued;
  }
}
