package org.openlicensing.rest.admin;

import java.util.Set;
import org.openlicensing.api.accounts.PlatformRole;

/** {@code PUT /v1/admin/users/{id}/roles}: the account's platform roles, whole. */
public record RolesRequest(Set<PlatformRole> roles) {}
