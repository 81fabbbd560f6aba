package org.openlicensing.api.organizations;

import java.util.UUID;

/** One line of a bulk role change. Either field may be missing; the service says so per line. */
public record RoleChange(UUID accountId, String role) {}
