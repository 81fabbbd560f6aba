package org.openlicensing.rest.billing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** Buying plans, for the billing managers of an organization. */
@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public final class SubscriptionsResource {
  private final SubscriptionService subscriptions;

  public SubscriptionsResource(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response subscribe(
      SubscribeRequest body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context SecurityContext security) {
    Caller caller = Callers.accountOrApiKey(security);
    SubscribeRequest request = Bodies.required(body);
    Subscription subscription =
        subscriptions.subscribe(
            caller,
            new NewSubscription(
                request.organizationId(),
                request.plan(),
                request.seats(),
                request.billingPeriod(),
                request.paymentMethod()),
            idempotencyKey);
    return Response.created(UriBuilder.fromPath("/v1/subscriptions/{id}").build(subscription.id()))
        .entity(SubscriptionJson.of(subscription))
        .build();
  }

  @GET
  public ListJson<SubscriptionJson> list(@Context SecurityContext security) {
    return ListJson.of(
        subscriptions.visibleTo(Callers.accountOrApiKey(security)).stream()
            .map(SubscriptionJson::of)
            .toList());
  }

  @GET
  @Path("/{id}")
  public SubscriptionJson get(@PathParam("id") UUID id, @Context SecurityContext security) {
    return SubscriptionJson.of(subscriptions.get(Callers.accountOrApiKey(security), id));
  }

  /** Cancels at the end of the current period; the licenses work until then. */
  @POST
  @Path("/{id}/cancel")
  public SubscriptionJson cancel(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return SubscriptionJson.of(
        subscriptions.cancel(
            Callers.accountOrApiKey(security), id, ClientAddresses.clientInfo(request)));
  }
}
