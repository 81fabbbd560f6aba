package org.openlicensing.rest.usage;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.rest.security.Callers;

/**
 * An organization's analytics, for those who read its licenses and billing: the usage of all its
 * licenses per day and metric, and its active devices per day.
 */
@Path("/v1/organizations/{organizationId}/analytics")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganizationAnalyticsResource {
  private final UsageService usage;

  public OrganizationAnalyticsResource(UsageService usage) {
    this.usage = usage;
  }

  @GET
  @Path("/usage")
  public UsageSummaryJson usage(
      @PathParam("organizationId") UUID organizationId,
      @BeanParam UsageParams params,
      @Context SecurityContext security) {
    return UsageSummaryJson.ofOrganization(
        organizationId,
        usage.organizationUsage(Callers.accountOrApiKey(security), organizationId, params.query()));
  }

  @GET
  @Path("/devices")
  public DeviceActivityJson devices(
      @PathParam("organizationId") UUID organizationId,
      @BeanParam UsageParams params,
      @Context SecurityContext security) {
    return DeviceActivityJson.of(
        organizationId,
        usage.activeDevices(Callers.accountOrApiKey(security), organizationId, params.query()));
  }
}
