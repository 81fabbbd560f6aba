package org.openlicensing.rest.licenses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * Devices taking and freeing slots. Activating proves itself with the license key in the body;
 * heartbeats with {@code Authorization: License <key>}; deactivating with that, or by an account
 * that manages the license.
 */
@Path("/v1/activations")
@Produces(MediaType.APPLICATION_JSON)
public final class ActivationsResource {
  private final ActivationService activations;

  public ActivationsResource(ActivationService activations) {
    this.activations = activations;
  }

  /** 201 for a new activation; 200 when the fingerprint was active already and used no slot. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response activate(ActivateRequest body, @Context ContainerRequestContext context) {
    ActivateRequest request = Bodies.required(body);
    ActivationGrant grant =
        activations.activate(
            new ActivationRequest(
                request.licenseKey(), request.fingerprint(), request.name(), request.platform()),
            ClientAddresses.clientInfo(context));
    ActivationJson json = ActivationJson.of(grant);
    if (!grant.created()) {
      return Response.ok(json).build();
    }
    return Response.created(UriBuilder.fromPath("/v1/activations/{id}").build(json.id()))
        .entity(json)
        .build();
  }

  /** Keeps a floating device's lease alive; answers the activation with a fresh token. */
  @POST
  @Path("/{id}/heartbeat")
  public ActivationJson heartbeat(@PathParam("id") UUID id, @Context SecurityContext security) {
    return ActivationJson.of(activations.heartbeat(id, Callers.any(security)));
  }

  @DELETE
  @Path("/{id}")
  public Response deactivate(@PathParam("id") UUID id, @Context SecurityContext security) {
    activations.deactivate(id, Callers.any(security));
    return Response.noContent().build();
  }
}
