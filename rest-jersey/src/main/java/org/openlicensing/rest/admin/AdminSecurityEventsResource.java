package org.openlicensing.rest.admin;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventService;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;

/** Failed sign-ins, token reuse and other events for security monitoring; newest first. */
@Path("/v1/admin/security-events")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminSecurityEventsResource {
  private final SecurityEventService events;

  public AdminSecurityEventsResource(SecurityEventService events) {
    this.events = events;
  }

  /** A security event. */
  public record SecurityEventJson(
      UUID id,
      Instant occurredAt,
      String type,
      UUID accountId,
      String email,
      String ipAddress,
      String userAgent,
      String requestId,
      Map<String, String> details) {
    static SecurityEventJson of(SecurityEvent e) {
      return new SecurityEventJson(
          e.id(),
          e.occurredAt(),
          e.type().name(),
          e.accountId().orElse(null),
          e.email().orElse(null),
          e.ipAddress().orElse(null),
          e.userAgent().orElse(null),
          e.requestId().orElse(null),
          e.details());
    }
  }

  @GET
  public ListJson<SecurityEventJson> recent(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @Context SecurityContext security) {
    return ListJson.of(
        events.recent(Callers.account(security), cursor, limit), SecurityEventJson::of);
  }
}
