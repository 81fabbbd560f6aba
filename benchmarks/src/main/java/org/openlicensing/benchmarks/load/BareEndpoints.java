package org.openlicensing.benchmarks.load;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The baseline of the load run: the two device endpoints as bare Jersey resources that read the
 * same JSON bodies into records and answer constant JSON of the same shape and about the same size
 * as the server's answers, with no database, no filters and no work.
 */
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class BareEndpoints {

  public record ValidateBody(String licenseKey, String fingerprint) {}

  public record ActivateBody(String licenseKey, String fingerprint, String name, String platform) {}

  public record DeviceLicense(
      String id,
      String status,
      String plan,
      String expiresAt,
      int maxActivations,
      int activations,
      List<String> entitlements) {}

  public record Validation(boolean valid, String code, DeviceLicense license) {}

  public record Grant(String id, String token, String expiresAt) {}

  private static final Validation VALIDATION =
      new Validation(
          true,
          "VALID",
          new DeviceLicense(
              "01890a5d-ac96-774b-bcce-b302099a8057",
              "ACTIVE",
              "enterprise",
              "2031-03-04T05:06:07Z",
              5,
              1,
              List.of("audit-log", "core", "exports", "priority-support", "sso")));

  /** A token of the size the server signs: header, claims of an enterprise license, signature. */
  private static final Grant GRANT =
      new Grant(
          "01890a5d-ac96-774b-bcce-b302099a8058",
          "eyJraWQiOiJrV2ZaQVdZaTNBM0VRdjdNbHJpUDdjR0JxS2lmWnBjcDhoRlhXdUZ3Z3FzIiwidHlwIjoibGljZW5z"
              + "ZStqd3QiLCJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjgwODAiLCJzdWIiOiIwMTg5"
              + "MGE1ZC1hYzk2LTc3NGItYmNjZS1iMzAyMDk5YTgwNTciLCJleHAiOjE5MTIxMjE5NjcsImlhdCI6MTkwOTUy"
              + "OTk2NywiYWN0aXZhdGlvbiI6IjAxODkwYTVkLWFjOTYtNzc0Yi1iY2NlLWIzMDIwOTlhODA1OCIsImZpbmdl"
              + "cnByaW50IjoiYmVuY2gtMS0xMjM0NTYiLCJwbGFuIjoiZW50ZXJwcmlzZSIsImVudGl0bGVtZW50cyI6WyJh"
              + "dWRpdC1sb2ciLCJjb3JlIiwiZXhwb3J0cyIsInByaW9yaXR5LXN1cHBvcnQiLCJzc28iXX0.c2lnbmF0dXJl"
              + "LWJ5dGVzLXNpZ25hdHVyZS1ieXRlcy1zaWduYXR1cmUtYnl0ZXMtc2lnbmF0dXJlLWJ5dGVzLXNpZ25hdHVy",
          "2031-04-03T05:06:07Z");

  @POST
  @Path("validations")
  public Validation validate(ValidateBody body) {
    return VALIDATION;
  }

  @POST
  @Path("activations")
  public Response activate(ActivateBody body) {
    return Response.status(Response.Status.CREATED).entity(GRANT).build();
  }
}
