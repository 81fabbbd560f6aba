package org.openlicensing.rest.keys;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public keys that verify license tokens and access tokens (RFC 7517). Devices pin them to
 * verify offline.
 */
@Path("/.well-known/jwks.json")
public final class JwksResource {
  private final String json;

  public JwksResource(JWKSet publicKeys) {
    if (publicKeys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
      throw new IllegalArgumentException("the published key set must hold public keys only");
    }
    this.json = publicKeys.toString(true);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response keys() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(json).cacheControl(cache).build();
  }
}
