package org.openlicensing.rest.licenses;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.UUID;
import org.openlicensing.api.licenses.LicenseFile;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.api.licenses.OfflineLicenseService;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.QueryValues;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** The licenses the caller may see, and handing them to members. */
@Path("/v1/licenses")
@Produces(MediaType.APPLICATION_JSON)
public final class LicensesResource {
  private final LicenseService licenses;
  private final OfflineLicenseService offline;

  public LicensesResource(LicenseService licenses, OfflineLicenseService offline) {
    this.licenses = licenses;
    this.offline = offline;
  }

  @GET
  public ListJson<LicenseJson> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context SecurityContext security) {
    return ListJson.of(
        licenses.visibleTo(Callers.accountOrApiKey(security), cursor, limit), LicenseJson::of);
  }

  @GET
  @Path("/{id}")
  public LicenseJson get(@PathParam("id") UUID id, @Context SecurityContext security) {
    return LicenseJson.of(licenses.get(Callers.accountOrApiKey(security), id));
  }

  /**
   * The body of {@code PUT .../assignee} and {@code POST .../transfer}: the member, by account id
   * or by e-mail address.
   */
  public record AssigneeRequest(UUID accountId, String email) {
    LicenseRecipient recipient() {
      return new LicenseRecipient(accountId, email);
    }
  }

  /** Hands the license to a member of its organization. */
  @PUT
  @Path("/{id}/assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  public LicenseJson assign(
      @PathParam("id") UUID id,
      AssigneeRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AssigneeRequest form = Bodies.required(body);
    return LicenseJson.of(
        licenses.assign(
            Callers.accountOrApiKey(security),
            id,
            form.recipient(),
            ClientAddresses.clientInfo(request)));
  }

  /**
   * {@code POST .../assign}, as the design's table names it: the same as {@code PUT .../assignee}.
   */
  @POST
  @Path("/{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  public LicenseJson assignByPost(
      @PathParam("id") UUID id,
      AssigneeRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return assign(id, body, security, request);
  }

  /**
   * Moves the license to another member; the former holder's devices are kept or deactivated as the
   * license's policy says.
   */
  @POST
  @Path("/{id}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public LicenseJson transfer(
      @PathParam("id") UUID id,
      AssigneeRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AssigneeRequest form = Bodies.required(body);
    return LicenseJson.of(
        licenses.transfer(
            Callers.accountOrApiKey(security),
            id,
            form.recipient(),
            ClientAddresses.clientInfo(request)));
  }

  /**
   * Frees every device of the license, for its holder and its organization's license managers; a
   * few times per license (429 RATE_LIMITED beyond).
   */
  @POST
  @Path("/{id}/reset")
  public LicenseJson reset(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return LicenseJson.of(
        licenses.reset(Callers.accountOrApiKey(security), id, ClientAddresses.clientInfo(request)));
  }

  /** Takes the license back; the devices under it are deactivated. */
  @DELETE
  @Path("/{id}/assignee")
  public LicenseJson unassign(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return LicenseJson.of(
        licenses.unassign(
            Callers.accountOrApiKey(security), id, ClientAddresses.clientInfo(request)));
  }

  /**
   * A signed license file for a device activated on the license ({@code fingerprint}), valid for
   * {@code ttl} seconds (the plan's token lifetime unless given, never longer): the same token as
   * an activation's, armored between BEGIN and END lines, for a device that runs offline.
   */
  @GET
  @Path("/{id}/file")
  @Produces(MediaType.TEXT_PLAIN)
  public Response file(
      @PathParam("id") UUID id,
      @QueryParam("fingerprint") String fingerprint,
      @QueryParam("ttl") String ttl,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    FieldChecks checks = new FieldChecks();
    Integer seconds = QueryValues.number(checks, "ttl", ttl);
    checks.throwIfAny();
    LicenseFile file =
        offline.licenseFile(
            Callers.accountOrApiKey(security),
            id,
            fingerprint,
            seconds == null ? null : Duration.ofSeconds(seconds),
            ClientAddresses.clientInfo(request));
    return OfflineFileResponses.attachment(file.armored(), file.fileName(), file.expiresAt());
  }
}
