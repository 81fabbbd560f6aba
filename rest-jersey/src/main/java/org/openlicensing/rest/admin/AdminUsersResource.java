package org.openlicensing.rest.admin;

import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.api.admin.AdminUserService;
import org.openlicensing.api.admin.UserQuery;
import org.openlicensing.api.admin.UserSort;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.me.AccountJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** User management for platform staff. Everything here needs ADMIN; roles need SUPER_ADMIN. */
@Path("/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminUsersResource {
  private final AdminUserService users;

  public AdminUsersResource(AdminUserService users) {
    this.users = users;
  }

  /**
   * The overview: {@code q} searches e-mail and name; filters by status, role and creation date
   * ({@code createdFrom} inclusive, {@code createdTo} exclusive, ISO-8601); {@code sort} is
   * createdAt, email or name, {@code order} asc or desc.
   */
  @GET
  public ListJson<UserSummaryJson> search(
      @QueryParam("q") String text,
      @QueryParam("status") AccountStatus status,
      @QueryParam("role") PlatformRole role,
      @QueryParam("createdFrom") QueryInstant createdFrom,
      @QueryParam("createdTo") QueryInstant createdTo,
      @QueryParam("sort") @DefaultValue("createdAt") QuerySort sort,
      @QueryParam("order") @DefaultValue("desc") QueryOrder order,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit,
      @Context SecurityContext security) {
    UserQuery query =
        new UserQuery(
            text,
            status,
            role,
            createdFrom == null ? null : createdFrom.value(),
            createdTo == null ? null : createdTo.value(),
            sort.value(),
            order.descending(),
            cursor,
            limit);
    return ListJson.of(users.search(Callers.account(security), query), UserSummaryJson::of);
  }

  @GET
  @Path("/{id}")
  public UserDetailJson detail(@PathParam("id") UUID id, @Context SecurityContext security) {
    return UserDetailJson.of(users.detail(Callers.account(security), id));
  }

  @POST
  @Path("/{id}/disable")
  public Response disable(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    users.disable(admin(security), id, client(request));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/enable")
  public Response enable(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    users.enable(admin(security), id, client(request));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/end-sessions")
  public Response endSessions(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    users.endSessions(admin(security), id, client(request));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/resend-verification")
  public Response resendVerification(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    users.resendVerification(admin(security), id, client(request));
    return Response.accepted().build();
  }

  @POST
  @Path("/{id}/password-reset")
  public Response sendPasswordReset(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    users.sendPasswordReset(admin(security), id, client(request));
    return Response.accepted().build();
  }

  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addNote(
      @PathParam("id") UUID id,
      NoteRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    var note = users.addNote(admin(security), id, Bodies.required(body).body(), client(request));
    return Response.status(Response.Status.CREATED)
        .entity(UserDetailJson.NoteJson.of(note))
        .build();
  }

  @PUT
  @Path("/{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountJson setRoles(
      @PathParam("id") UUID id,
      RolesRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    var account =
        users.setRoles(admin(security), id, Bodies.required(body).roles(), client(request));
    return AccountJson.of(account, Profile.EMPTY);
  }

  private static Principal admin(SecurityContext security) {
    return Callers.account(security);
  }

  private static ClientInfo client(ContainerRequestContext request) {
    return ClientAddresses.clientInfo(request);
  }

  /** {@code sort} in the query, as the API spells it. */
  public record QuerySort(UserSort value) {
    public static QuerySort valueOf(String text) {
      return new QuerySort(
          switch (text) {
            case "createdAt" -> UserSort.CREATED_AT;
            case "email" -> UserSort.EMAIL;
            case "name" -> UserSort.NAME;
            default -> throw new IllegalArgumentException("sort must be createdAt, email or name");
          });
    }
  }

  /** {@code order} in the query. */
  public record QueryOrder(boolean descending) {
    public static QueryOrder valueOf(String text) {
      return switch (text) {
        case "asc" -> new QueryOrder(false);
        case "desc" -> new QueryOrder(true);
        default -> throw new IllegalArgumentException("order must be asc or desc");
      };
    }
  }

  /** An ISO-8601 instant in the query. */
  public record QueryInstant(Instant value) {
    public static QueryInstant valueOf(String text) {
      return new QueryInstant(Instant.parse(text));
    }
  }
}
