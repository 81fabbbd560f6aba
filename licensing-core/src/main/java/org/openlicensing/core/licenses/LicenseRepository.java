package org.openlicensing.core.licenses;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;

/** Where licenses are kept. Keys are unique. */
public interface LicenseRepository {

  /** Stores new licenses in one batch. */
  void insertAll(List<License> licenses);

  Optional<License> findById(UUID id);

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
}
