package org.openlicensing.rest.organizations;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.audit.AuditService;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.audit.AuditEventJson;
import org.openlicensing.rest.audit.AuditQueryParams;
import org.openlicensing.rest.security.Callers;

/** The audit events of one organization, for its owners and admins, newest first. */
@Path("/v1/organizations/{organizationId}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationAuditResource {
  private final AuditService audit;

  public OrganizationAuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  public ListJson<AuditEventJson> list(
      @PathParam("organizationId") UUID organizationId,
      @BeanParam AuditQueryParams params,
      @Context SecurityContext security) {
    return ListJson.of(
        audit.organizationEvents(
            Callers.accountOrApiKey(security),
            organizationId,
            params.query(false),
            params.cursor(),
            params.limit()),
        AuditEventJson::of);
  }
}
