package org.openlicensing.api.organizations;

import java.util.UUID;

/**
 * What removing a member undid: the licenses of the organization that were assigned to it, and the
 * devices that ran under them.
 */
public record MemberRemoval(UUID accountId, int licensesUnassigned, int devicesDeactivated) {}
