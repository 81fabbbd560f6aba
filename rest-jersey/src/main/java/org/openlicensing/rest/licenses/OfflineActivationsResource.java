package org.openlicensing.rest.licenses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.licenses.OfflineActivation;
import org.openlicensing.api.licenses.OfflineLicenseService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * Air-gapped activation: a signed-in person uploads the request file a device wrote and gets the
 * response file to carry back. The file itself is the body ({@code text/plain}, as a browser's file
 * upload or {@code curl --data-binary @device.req} sends it), or a JSON object naming it.
 */
@Path("/v1/offline-activations")
public final class OfflineActivationsResource {
  private final OfflineLicenseService offline;

  public OfflineActivationsResource(OfflineLicenseService offline) {
    this.offline = offline;
  }

  /** The request file in, the response file out; 201 when the device took a new slot. */
  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public Response uploadFile(
      String requestFile,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    OfflineActivation done = activate(requestFile, security, request);
    Response file =
        OfflineFileResponses.attachment(
            done.armored(), done.fileName(), done.grant().tokenExpiresAt());
    return done.grant().created()
        ? Response.fromResponse(file).status(Response.Status.CREATED).build()
        : file;
  }

  /** {@code {"request": "<the request file's text>"}}. */
  public record UploadRequest(String request) {}

  /** The answer in JSON: the activation, and the response file's text. */
  public record UploadAnswer(
      UUID id, UUID licenseId, String token, Instant expiresAt, boolean created, String response) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response uploadJson(
      UploadRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    OfflineActivation done = activate(Bodies.required(body).request(), security, request);
    UploadAnswer answer =
        new UploadAnswer(
            done.grant().activation().id(),
            done.grant().activation().licenseId(),
            done.grant().token(),
            done.grant().tokenExpiresAt(),
            done.grant().created(),
            done.armored());
    return Response.status(done.grant().created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(answer)
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private OfflineActivation activate(
      String requestFile, SecurityContext security, ContainerRequestContext request) {
    return offline.activate(
        Callers.accountOrApiKey(security), requestFile, ClientAddresses.clientInfo(request));
  }
}
