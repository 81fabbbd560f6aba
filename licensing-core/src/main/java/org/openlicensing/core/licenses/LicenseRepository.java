package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;

/** Where licenses are kept. Keys are unique. */
public interface LicenseRepository {

  /** Stores new licenses in one batch. */
  void insertAll(List<License> licenses);

  Optional<License> findById(UUID id);

  /**
   * The view of a license just read whose active devices were just counted: only the holder's
   * address is left to look up. Validations answer with it on every call, so it saves them the two
   * queries of {@link #findView}.
   */
  default LicenseView viewOf(License license, int activeActivations) {
    LicenseView fresh = findView(license.id()).orElseThrow();
    return new LicenseView(license, activeActivations, fresh.assigneeEmail());
  }

  Optional<License> findByKey(String key);

  /**
   * Finds a license and locks it until the transaction ends, so that concurrent activations of one
   * license, on any server, take their turns.
   */
  Optional<License> lockByKey(String key);

  /** The license with its active device count and assignee. */
  Optional<LicenseView> findView(UUID id);

  /**
   * The licenses of the given organizations and those assigned to the account, in id order, after
   * the given id (null for the first page). A null account (an API key) means the organizations'
   * licenses only.
   */
  List<LicenseView> findVisible(
      UUID accountId, Collection<UUID> organizationIds, UUID afterId, int limit);

  /** Finds a license and locks it until the transaction ends. */
  Optional<License> lockById(UUID id);

  /** Sets or clears (null) the license's assignee. */
  void updateAssignee(UUID licenseId, UUID accountId);

  /**
   * Clears every assignment of the organization's licenses to the accounts; returns the ids of the
   * licenses that were assigned.
   */
  List<UUID> unassignAll(UUID organizationId, Collection<UUID> accountIds);

  /**
   * A paid period: every license of the subscription that is not revoked runs until {@code
   * expiresAt}, and suspended or expired ones are active again. Returns how many changed.
   */
  int renewAll(UUID subscriptionId, Instant expiresAt);

  /** Dunning gave up: the subscription's active licenses are suspended. Returns how many. */
  int suspendAll(UUID subscriptionId);

  /**
   * The subscription ended now: its licenses that are not revoked expire at {@code at} at the
   * latest, and are EXPIRED. Returns how many.
   */
  int expireAll(UUID subscriptionId, Instant at);

  /**
   * Marks EXPIRED every active or suspended license whose expiry plus its grace days lies before
   * {@code now}. Returns how many.
   */
  int expireLapsed(Instant now);

  /** How many licenses of the subscription are not revoked, and how many of those are assigned. */
  LicenseCounts countBySubscription(UUID subscriptionId);

  /**
   * Revokes {@code count} unassigned licenses of the subscription, the newest first, when its seats
   * go down. Returns how many it revoked.
   */
  int revokeUnassigned(UUID subscriptionId, int count);

  /**
   * The subscription moved to another plan: its licenses take the plan's policy and entitlements.
   */
  int changePlan(UUID subscriptionId, Plan plan);

  /**
   * Locks the licenses among the ids that exist until the transaction ends, in id order, so that
   * two bulk changes over the same licenses take turns without deadlocking; returns them in id
   * order. Ids that name no license are left out.
   */
  List<License> lockAll(Collection<UUID> ids);

  /**
   * As {@link #lockAll}, among the organization's licenses only: the rows of other organizations
   * are neither returned nor locked.
   */
  List<License> lockAllOf(UUID organizationId, Collection<UUID> ids);

  /** Gives each license (key) its assignee (value), in batched statements. */
  void assignAll(Map<UUID, UUID> assignees);

  /** Marks the licenses REVOKED, unless they are already; returns how many changed. */
  int revokeAll(Collection<UUID> ids);

  /** The ids of the organization's licenses, in id order, after the given id (null: the first). */
  List<UUID> findIdsByOrganization(UUID organizationId, UUID afterId, int limit);

  /** Licenses not revoked, and of those the assigned ones. */
  record LicenseCounts(int live, int assigned) {}
}
