package org.openlicensing.rest.usage;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.security.Callers;

/**
 * A license's usage: devices report it with {@code Authorization: License <key>}, the license's
 * holder and its organization's managers with their bearer tokens or API keys.
 */
@Path("/v1/licenses/{id}/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class LicenseUsageResource {
  private final UsageService usage;

  public LicenseUsageResource(UsageService usage) {
    this.usage = usage;
  }

  /**
   * 201 with the new event; 200 with the first event when the idempotency key was the license's
   * already. The key may come in the body or, as on every write, in the Idempotency-Key header.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(
      @PathParam("id") UUID id,
      UsageRequest body,
      @HeaderParam("Idempotency-Key") String headerKey,
      @Context SecurityContext security) {
    UsageRequest request = Bodies.required(body);
    RecordedUsage recorded =
        usage.record(
            Callers.any(security),
            id,
            new NewUsage(
                request.metric(), request.quantity(), key(request.idempotencyKey(), headerKey)));
    return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(UsageEventJson.of(recorded))
        .build();
  }

  @GET
  public UsageSummaryJson read(
      @PathParam("id") UUID id, @BeanParam UsageParams params, @Context SecurityContext security) {
    return UsageSummaryJson.ofLicense(
        id, usage.licenseUsage(Callers.any(security), id, params.query()));
  }

  private static String key(String inBody, String inHeader) {
    if (inBody == null) {
      return inHeader;
    }
    if (inHeader != null && !inHeader.equals(inBody)) {
      throw LicensingException.invalid(
          "idempotencyKey", "differs from the Idempotency-Key header; send one, or both alike");
    }
    return inBody;
  }
}
