package org.openlicensing.rest.invoices;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.api.invoices.InvoiceService;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.rest.ListJson;
import org.openlicensing.rest.QueryValues;
import org.openlicensing.rest.security.Callers;

/** Invoices, for those who see an organization's billing. */
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoicesResource {
  private final InvoiceService invoices;

  public InvoicesResource(InvoiceService invoices) {
    this.invoices = invoices;
  }

  /** Newest first; {@code organizationId} narrows to one organization. */
  @GET
  public ListJson<InvoiceJson> list(
      @QueryParam("organizationId") String organizationId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") String limit,
      @Context SecurityContext security) {
    FieldChecks checks = new FieldChecks();
    UUID organization = QueryValues.uuid(checks, "organizationId", organizationId);
    Integer size = QueryValues.number(checks, "limit", limit);
    if (size == null) {
      checks.reject("limit", "must be a whole number");
    }
    checks.throwIfAny();
    return ListJson.of(
        invoices.list(Callers.accountOrApiKey(security), organization, cursor, size),
        InvoiceJson::of);
  }

  @GET
  @Path("/{id}")
  public InvoiceJson get(@PathParam("id") UUID id, @Context SecurityContext security) {
    return InvoiceJson.of(invoices.get(Callers.accountOrApiKey(security), id));
  }

  /** The invoice's document: a PDF, or plain text where no PDF renderer is installed. */
  @GET
  @Path("/{id}/pdf")
  @Produces({"application/pdf", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") UUID id, @Context SecurityContext security) {
    InvoiceDocument document = invoices.document(Callers.accountOrApiKey(security), id);
    return Response.ok(document.content(), document.contentType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.filename() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
