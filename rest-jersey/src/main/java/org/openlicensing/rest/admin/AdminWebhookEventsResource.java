package org.openlicensing.rest.admin;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.webhooks.WebhookEventService;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;
import org.openlicensing.rest.webhooks.WebhookEventJson;
import org.openlicensing.rest.webhooks.WebhookEventQueryParams;

/**
 * The inbox of provider webhooks, for platform admins: newest first, filtered by provider, status,
 * type and time of arrival; one event with its payload; a replay, which the audit log records.
 */
@Path("/v1/admin/webhook-events")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminWebhookEventsResource {
  private final WebhookEventService events;

  public AdminWebhookEventsResource(WebhookEventService events) {
    this.events = events;
  }

  @GET
  public ListJson<WebhookEventJson> list(
      @BeanParam WebhookEventQueryParams params, @Context SecurityContext security) {
    return ListJson.of(
        events.list(Callers.account(security), params.query(), params.cursor(), params.limit()),
        WebhookEventJson::of);
  }

  @GET
  @Path("/{id}")
  public WebhookEventJson get(@PathParam("id") UUID id, @Context SecurityContext security) {
    return WebhookEventJson.of(events.get(Callers.account(security), id));
  }

  @POST
  @Path("/{id}/replay")
  public WebhookEventJson replay(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return WebhookEventJson.of(
        events.replay(Callers.account(security), id, ClientAddresses.clientInfo(request)));
  }
}
