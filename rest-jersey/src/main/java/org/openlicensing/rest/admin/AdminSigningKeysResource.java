package org.openlicensing.rest.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.openlicensing.api.admin.SigningKeyService;
import org.openlicensing.api.admin.SigningKeyView;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** The signing keys: listed for platform admins, rotated by super admins. */
@Path("/v1/admin/signing-keys")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminSigningKeysResource {
  private final SigningKeyService keys;

  public AdminSigningKeysResource(SigningKeyService keys) {
    this.keys = keys;
  }

  record KeyJson(
      String kid,
      String purpose,
      String algorithm,
      Instant createdAt,
      Instant retiredAt,
      boolean signing,
      boolean published) {
    static KeyJson of(SigningKeyView k) {
      return new KeyJson(
          k.kid(),
          k.purpose(),
          k.algorithm(),
          k.createdAt(),
          k.retiredAt().orElse(null),
          k.signing(),
          k.published());
    }
  }

  /** {@code purpose}: LICENSE_TOKENS or ACCESS_TOKENS. */
  record RotationRequest(String purpose) {}

  @GET
  public ListJson<KeyJson> list(@Context SecurityContext security) {
    return ListJson.of(keys.list(Callers.signedIn(security)).stream().map(KeyJson::of).toList());
  }

  /** A new key signs from now on; the old one stays published until its tokens have expired. */
  @POST
  @Path("/rotations")
  @Consumes(MediaType.APPLICATION_JSON)
  public ListJson<KeyJson> rotate(
      RotationRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    RotationRequest rotation = Bodies.required(body);
    return ListJson.of(
        keys
            .rotate(
                Callers.signedIn(security), rotation.purpose(), ClientAddresses.clientInfo(request))
            .stream()
            .map(KeyJson::of)
            .toList());
  }
}
