package org.openlicensing.rest.billing;

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
import java.util.UUID;
import org.openlicensing.api.billing.PaymentMethodService;
import org.openlicensing.api.billing.PaymentMethodSetup;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/**
 * The start of a payment method's setup, for Stripe.js in the organization's browser: {@code 201
 * {id, clientSecret, status}}. In sandbox mode there is nothing to set up: 409 CONFLICT.
 */
@Path("/v1/organizations/{organizationId}/payment-method-setups")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentMethodSetupsResource {
  private final PaymentMethodService paymentMethods;

  public PaymentMethodSetupsResource(PaymentMethodService paymentMethods) {
    this.paymentMethods = paymentMethods;
  }

  @POST
  public Response setUp(
      @PathParam("organizationId") UUID organizationId,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    PaymentMethodSetup setup =
        paymentMethods.setUp(
            Callers.accountOrApiKey(security),
            organizationId,
            idempotencyKey,
            ClientAddresses.clientInfo(request));
    return Response.status(Response.Status.CREATED).entity(setup).build();
  }
}
