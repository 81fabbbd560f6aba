package org.openlicensing.rest.billing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
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

  /**
   * Changes seats, plan or payment method: upgrades now with a prorated invoice, downgrades at the
   * end of the period.
   */
  @PATCH
  @Path("/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public SubscriptionJson change(
      @PathParam("id") UUID id,
      ChangeSubscriptionRequest body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    ChangeSubscriptionRequest change = Bodies.required(body);
    return SubscriptionJson.of(
        subscriptions.change(
            Callers.accountOrApiKey(security),
            id,
            new SubscriptionChange(change.seats(), change.plan(), change.paymentMethod()),
            idempotencyKey,
            ClientAddresses.clientInfo(request)));
  }

  /**
   * Cancels at the end of the current period, the licenses working until then; with {@code
   * {"atPeriodEnd": false}}, now.
   */
  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubscriptionJson cancel(
      @PathParam("id") UUID id,
      CancelRequest body,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    Caller caller = Callers.accountOrApiKey(security);
    return SubscriptionJson.of(
        body != null && body.now()
            ? subscriptions.cancelNow(caller, id, ClientAddresses.clientInfo(request))
            : subscriptions.cancel(caller, id, ClientAddresses.clientInfo(request)));
  }

  /** Takes back a cancellation at the end of the period, while the period lasts. */
  @POST
  @Path("/{id}/resume")
  public SubscriptionJson resume(
      @PathParam("id") UUID id,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    return SubscriptionJson.of(
        subscriptions.resume(
            Callers.accountOrApiKey(security), id, ClientAddresses.clientInfo(request)));
  }
}
