package org.openlicensing.rest.keys;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The public keys that verify license tokens and access tokens (RFC 7517). Devices pin them to
 * verify offline.
 */
@Path("/.well-known/jwks.json")
public final class JwksResource {
  private final Supplier<JWKSet> publicKeys;

  /** The keys are read on every request: a rotation changes them while the server runs. */
  public JwksResource(Supplier<JWKSet> publicKeys) {
    this.publicKeys = publicKeys;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response keys() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    JWKSet keys = publicKeys.get();
    if (keys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
      throw new IllegalStateException("the published key set must hold public keys only");
    }
    return Response.ok(keys.toString(true)).cacheControl(cache).build();
  }
}
