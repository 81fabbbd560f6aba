package org.openlicensing.rest.admin;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openlicensing.api.audit.AuditService;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.audit.AuditEventJson;
import org.openlicensing.rest.audit.AuditQueryParams;
import org.openlicensing.rest.security.Callers;

/** Every audit event, for platform admins, newest first; {@code organizationId} filters. */
@Path("/v1/admin/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminAuditEventsResource {
  private final AuditService audit;

  public AdminAuditEventsResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  public ListJson<AuditEventJson> list(
      @BeanParam AuditQueryParams params, @Context SecurityContext security) {
    return ListJson.of(
        audit.allEvents(
            Callers.signedIn(security), params.query(true), params.cursor(), params.limit()),
        AuditEventJson::of);
  }
}
