package org.openlicensing.rest.admin;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.AdminSubscriptionService;
import org.openlicensing.api.admin.SubscriptionDetail;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.billing.SubscriptionJson;
import org.openlicensing.rest.invoices.InvoiceJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** The subscription overview of platform admins, and support's manual actions. */
@Path("/v1/admin/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminSubscriptionsResource {
  private final AdminSubscriptionService subscriptions;

  public AdminSubscriptionsResource(AdminSubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** Filtered by plan, status, organization and renewal date; soonest renewal first. */
  @GET
  public ListJson<SubscriptionJson> list(
      @BeanParam SubscriptionFilterParams params, @Context SecurityContext security) {
    SubscriptionFilterParams.Parsed query = params.parse();
    return ListJson.of(
        subscriptions.list(
            Callers.signedIn(security), query.filter(), query.cursor(), query.limit()),
        SubscriptionJson::of);
  }

  /** A subscription with its invoices and license counts. */
  record DetailJson(
      SubscriptionJson subscription, List<InvoiceJson> invoices, int licenses, int assigned) {
    static DetailJson of(SubscriptionDetail d) {
      return new DetailJson(
          SubscriptionJson.of(d.subscription()),
          d.invoices().stream().map(InvoiceJson::of).toList(),
          d.licenses(),
          d.assignedLicenses());
    }
  }

  @GET
  @Path("/{id}")
  public DetailJson detail(@PathParam("id") UUID id, @Context SecurityContext security) {
    return DetailJson.of(subscriptions.detail(Callers.signedIn(security), id));
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubscriptionJson cancel(
      @PathParam("id") UUID id,
      AdminActionRequests.Cancel body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AdminActionRequests.Cancel cancel = Bodies.required(body);
    return SubscriptionJson.of(
        subscriptions.cancel(
            Callers.signedIn(security),
            id,
            Boolean.FALSE.equals(cancel.atPeriodEnd()),
            cancel.reason(),
            ClientAddresses.clientInfo(request)));
  }

  @POST
  @Path("/{id}/trial-extension")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubscriptionJson extendTrial(
      @PathParam("id") UUID id,
      AdminActionRequests.TrialExtension body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AdminActionRequests.TrialExtension extension = Bodies.required(body);
    return SubscriptionJson.of(
        subscriptions.extendTrial(
            Callers.signedIn(security),
            id,
            extension.days(),
            extension.reason(),
            ClientAddresses.clientInfo(request)));
  }

  @POST
  @Path("/{id}/seats")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubscriptionJson changeSeats(
      @PathParam("id") UUID id,
      AdminActionRequests.Seats body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AdminActionRequests.Seats seats = Bodies.required(body);
    return SubscriptionJson.of(
        subscriptions.changeSeats(
            Callers.signedIn(security),
            id,
            seats.seats(),
            seats.reason(),
            ClientAddresses.clientInfo(request)));
  }
}
