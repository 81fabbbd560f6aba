package org.openlicensing.rest.me;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.accounts.ProfileService;
import org.openlicensing.api.auth.PasswordService;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.SessionService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** The signed-in account: its profile, password, address and sessions. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
  static final String MERGE_PATCH = "application/merge-patch+json";

  private final ProfileService profiles;
  private final PasswordService passwords;
  private final SessionService sessions;

  public MeResource(ProfileService profiles, PasswordService passwords, SessionService sessions) {
    this.profiles = profiles;
    this.passwords = passwords;
    this.sessions = sessions;
  }

  @GET
  public AccountJson me(@Context SecurityContext security) {
    return AccountJson.of(profiles.me(Callers.account(security).accountId()));
  }

  @PATCH
  @Path("/profile")
  @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
  public AccountJson updateProfile(
      JsonNode body, @Context SecurityContext security, @Context ContainerRequestContext request) {
    Principal me = Callers.account(security);
    return AccountJson.of(
        profiles.updateProfile(
            me.accountId(), ProfilePatch.read(body), ClientAddresses.clientInfo(request)));
  }

  /** Other sessions end; the caller's stays. */
  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(
      ChangePasswordRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    ChangePasswordRequest form = Bodies.required(body);
    passwords.changePassword(
        Callers.account(security),
        form.currentPassword(),
        form.newPassword(),
        ClientAddresses.clientInfo(request));
    return Response.noContent().build();
  }

  /** 202: the address changes once the link sent to the new address is followed. */
  @POST
  @Path("/email")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeEmail(
      ChangeEmailRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    ChangeEmailRequest form = Bodies.required(body);
    profiles.requestEmailChange(
        Callers.account(security),
        form.email(),
        form.password(),
        ClientAddresses.clientInfo(request));
    return Response.accepted().build();
  }

  @GET
  @Path("/sessions")
  public ListJson<SessionJson> sessions(@Context SecurityContext security) {
    return ListJson.of(
        sessions.sessions(Callers.account(security)).stream().map(SessionJson::of).toList());
  }

  @DELETE
  @Path("/sessions/{id}")
  public Response revokeSession(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    sessions.revoke(Callers.account(security), id, ClientAddresses.clientInfo(request));
    return Response.noContent().build();
  }
}
