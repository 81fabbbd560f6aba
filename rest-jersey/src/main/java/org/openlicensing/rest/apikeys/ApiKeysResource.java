package org.openlicensing.rest.apikeys;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.apikeys.ApiKeyService;
import org.openlicensing.api.apikeys.CreatedApiKey;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** An organization's API keys; the secret is in the creation's answer only. */
@Path("/v1/organizations/{organizationId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public final class ApiKeysResource {
  private final ApiKeyService keys;

  public ApiKeysResource(ApiKeyService keys) {
    this.keys = keys;
  }

  /** {@code POST} body. */
  public record NewKeyRequest(String name, Set<ApiKeyScope> scopes) {}

  /** A key, without its secret. */
  public record ApiKeyJson(
      UUID id,
      UUID organizationId,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      UUID createdBy,
      Instant lastUsedAt,
      Instant revokedAt) {
    static ApiKeyJson of(ApiKey k) {
      return new ApiKeyJson(
          k.id(),
          k.organizationId(),
          k.name(),
          k.prefix(),
          k.scopes().stream().map(Enum::name).sorted().toList(),
          k.createdAt(),
          k.createdBy().orElse(null),
          k.lastUsedAt().orElse(null),
          k.revokedAt().orElse(null));
    }
  }

  /** A new key, with the secret shown this once. */
  public record CreatedApiKeyJson(ApiKeyJson key, String secret) {
    static CreatedApiKeyJson of(CreatedApiKey created) {
      return new CreatedApiKeyJson(ApiKeyJson.of(created.key()), created.secret());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("organizationId") UUID organizationId,
      NewKeyRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    NewKeyRequest form = Bodies.required(body);
    CreatedApiKey created =
        keys.create(
            Callers.accountOrApiKey(security),
            organizationId,
            form.name(),
            form.scopes(),
            ClientAddresses.clientInfo(request));
    return Response.created(
            UriBuilder.fromPath("/v1/organizations/{org}/api-keys/{id}")
                .build(organizationId, created.key().id()))
        .header("Cache-Control", "no-store")
        .entity(CreatedApiKeyJson.of(created))
        .build();
  }

  @GET
  public ListJson<ApiKeyJson> list(
      @PathParam("organizationId") UUID organizationId, @Context SecurityContext security) {
    return ListJson.of(
        keys.list(Callers.accountOrApiKey(security), organizationId).stream()
            .map(ApiKeyJson::of)
            .toList());
  }

  @DELETE
  @Path("/{keyId}")
  public Response revoke(
      @PathParam("organizationId") UUID organizationId,
      @PathParam("keyId") UUID keyId,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    keys.revoke(
        Callers.accountOrApiKey(security),
        organizationId,
        keyId,
        ClientAddresses.clientInfo(request));
    return Response.noContent().build();
  }
}
