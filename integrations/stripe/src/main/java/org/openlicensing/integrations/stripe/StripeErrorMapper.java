package org.openlicensing.integrations.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;
import java.util.Set;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderException.Kind;

/** Turns stripe-java's exceptions into the port's {@link ProviderException} kinds. */
final class StripeErrorMapper {
  /**
   * Codes that mean the customer must act (3-D Secure): a card_error whose code or decline_code is
   * authentication_required, or Billing's code for an invoice whose PaymentIntent needs an action.
   */
  private static final Set<String> ACTION_CODES =
      Set.of("authentication_required", "invoice_payment_intent_requires_action");

  private StripeErrorMapper() {}

  static ProviderException map(StripeException e) {
    String code = e.getCode();
    StripeError error = e.getStripeError();
    String declineCode = error == null ? null : error.getDeclineCode();
    if (isActionCode(code) || isActionCode(declineCode)) {
      return new ProviderException(
          Kind.ACTION_REQUIRED,
          describe(e, "the payment needs the customer's action"),
          declineCode,
          null,
          e);
    }
    if (e instanceof CardException card) {
      return new ProviderException(
          Kind.CARD_DECLINED,
          describe(e, "the card was declined"),
          card.getDeclineCode(),
          card.getParam(),
          e);
    }
    if (e instanceof InvalidRequestException invalid) {
      Kind kind = "resource_missing".equals(code) ? Kind.NOT_FOUND : Kind.INVALID_REQUEST;
      return new ProviderException(
          kind, describe(e, "Stripe refused the request"), null, invalid.getParam(), e);
    }
    if (e instanceof IdempotencyException) {
      // The same key was sent with other parameters: a bug on our side, not worth a retry.
      return new ProviderException(
          Kind.INVALID_REQUEST,
          describe(e, "idempotency key reused with other parameters"),
          null,
          null,
          e);
    }
    if (e instanceof AuthenticationException || e instanceof PermissionException) {
      // Stripe's message quotes part of the key; ours does not.
      return new ProviderException(
          Kind.UNAVAILABLE,
          "Stripe refused the API key (HTTP " + e.getStatusCode() + ")",
          null,
          null,
          e);
    }
    if (e instanceof ApiConnectionException) {
      return new ProviderException(Kind.UNAVAILABLE, "Stripe could not be reached", null, null, e);
    }
    // RateLimitException, ApiException and anything newer: try later.
    return new ProviderException(Kind.UNAVAILABLE, describe(e, "Stripe failed"), null, null, e);
  }

  // Set.of(...).contains(null) throws; most errors carry no decline code.
  private static boolean isActionCode(String code) {
    return code != null && ACTION_CODES.contains(code);
  }

  private static String describe(StripeException e, String summary) {
    StringBuilder text = new StringBuilder("Stripe: ").append(summary);
    if (e.getStatusCode() != null) {
      text.append(" (HTTP ").append(e.getStatusCode());
      if (e.getCode() != null) {
        text.append(", ").append(e.getCode());
      }
      text.append(')');
    }
    StripeError error = e.getStripeError();
    if (error != null && error.getMessage() != null) {
      text.append(": ").append(error.getMessage());
    }
    if (e.getRequestId() != null) {
      text.append(" [request ").append(e.getRequestId()).append(']');
    }
    return text.toString();
  }
}
