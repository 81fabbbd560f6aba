package org.openlicensing.rest.admin;

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
import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.RefundService;
import org.openlicensing.rest.Bodies;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.catalog.MoneyJson;
import org.openlicensing.rest.security.Callers;
import org.openlicensing.rest.security.ClientAddresses;

/** Refunds of paid invoices, for platform admins: each makes a numbered credit note. */
@Path("/v1/admin/invoices/{id}")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminInvoicesResource {
  private final RefundService refunds;

  public AdminInvoicesResource(RefundService refunds) {
    this.refunds = refunds;
  }

  record CreditNoteJson(
      UUID id, String number, UUID invoiceId, MoneyJson amount, String reason, Instant createdAt) {
    static CreditNoteJson of(CreditNote n) {
      return new CreditNoteJson(
          n.id(), n.number(), n.invoiceId(), MoneyJson.of(n.amount()), n.reason(), n.createdAt());
    }
  }

  /** Refunds part or all of what is left of the payment; 201 with the credit note. */
  @POST
  @Path("/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refund(
      @PathParam("id") UUID id,
      AdminActionRequests.Refund body,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    AdminActionRequests.Refund refund = Bodies.required(body);
    CreditNote note =
        refunds.refund(
            Callers.signedIn(security),
            id,
            refund.amount(),
            refund.reason(),
            idempotencyKey,
            ClientAddresses.clientInfo(request));
    return Response.status(Response.Status.CREATED).entity(CreditNoteJson.of(note)).build();
  }

  @GET
  @Path("/credit-notes")
  public ListJson<CreditNoteJson> creditNotes(
      @PathParam("id") UUID id, @Context SecurityContext security) {
    return ListJson.of(
        refunds.creditNotes(Callers.signedIn(security), id).stream()
            .map(CreditNoteJson::of)
            .toList());
  }
}
