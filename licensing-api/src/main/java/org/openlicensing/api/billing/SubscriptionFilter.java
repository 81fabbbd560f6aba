package org.openlicensing.api.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What platform admins look for among all subscriptions; every part is optional.
 *
 * @param renewsFrom the current period ends at or after this
 * @param renewsBefore the current period ends before this
 */
public record SubscriptionFilter(
    Optional<String> plan,
    Optional<SubscriptionStatus> status,
    Optional<UUID> organizationId,
    Optional<Instant> renewsFrom,
    Optional<Instant> renewsBefore) {
  public static final SubscriptionFilter ALL =
      new SubscriptionFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public SubscriptionFilter {
    plan = plan == null ? Optional.empty() : plan;
    status = status == null ? Optional.empty() : status;
    organizationId = organizationId == null ? Optional.empty() : organizationId;
    renewsFrom = renewsFrom == null ? Optional.empty() : renewsFrom;
    renewsBefore = renewsBefore == null ? Optional.empty() : renewsBefore;
  }
}
