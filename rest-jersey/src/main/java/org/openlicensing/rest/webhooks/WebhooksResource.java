package org.openlicensing.rest.webhooks;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openlicensing.api.LicensingException;
import org.openlicensing.core.webhooks.WebhookReception;
import org.openlicensing.rest.limits.LargeBody;

/**
 * Webhook deliveries from payment and e-mail providers. No bearer token: a delivery is
 * authenticated by its signature, which the provider's verifier checks on the raw body before
 * anything parses it. A verified event is stored, once however often it comes, and acknowledged at
 * once; a job processes it later.
 */
@Path("/v1/webhooks")
public final class WebhooksResource {
  /** The header each provider signs its deliveries in. */
  private static final Map<String, String> SIGNATURE_HEADERS = Map.of("stripe", "Stripe-Signature");

  /**
   * Above the server's limit for JSON requests, as an event can carry a whole invoice; within what
   * the inbox's payload column takes on H2 (a million characters).
   */
  static final int MAX_DELIVERY_BYTES = 512 * 1024;

  private final WebhookReception reception;

  public WebhooksResource(WebhookReception reception) {
    this.reception = reception;
  }

  /** What a provider is answered once its event is stored. */
  public record Receipt(boolean received) {}

  @POST
  @Path("/{provider}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @LargeBody(bytes = MAX_DELIVERY_BYTES)
  public Receipt receive(
      @PathParam("provider") String provider, byte[] body, @Context HttpHeaders headers) {
    if (!reception.accepts(provider)) {
      throw LicensingException.notFound("webhook provider");
    }
    String header = SIGNATURE_HEADERS.getOrDefault(provider, "Webhook-Signature");
    reception.deliver(provider, utf8(body), headers.getHeaderString(header));
    return new Receipt(true);
  }

  /**
   * The body as text, exactly: the provider signed these bytes, so bytes that are no UTF-8 are
   * refused rather than replaced.
   */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
          .toString();
    } catch (CharacterCodingException e) {
      throw LicensingException.invalid("body", "must be UTF-8 text");
    }
  }
}
