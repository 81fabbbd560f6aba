package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderException.Kind;
import org.openlicensing.integrations.stripe.standin.StandInResponse;

/** Stripe's documented error answers, and how each becomes a {@link ProviderException.Kind}. */
class StripeErrorMappingTest {
  private final StandInFixture fixture = new StandInFixture();

  /** No retries, so that failures answer at once. */
  private final StripeBillingProvider provider = new StripeBillingProvider(fixture.settings(0));

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void aCardErrorIsCardDeclinedWithItsDeclineCode() {
    fixture.stripe.failNext(
        "POST", "/v1/setup_intents", StandInResponse.cardDeclined("stolen_card"));

    ProviderException e = failure(() -> provider.setUpPaymentMethod("cus_x", "k"));

    assertThat(e.kind()).isEqualTo(Kind.CARD_DECLINED);
    assertThat(e.declineCode()).contains("stolen_card");
    assertThat(e.getMessage()).contains("card_declined").contains("Your card was declined.");
  }

  @Test
  void authenticationRequiredIsActionRequired() {
    fixture.stripe.failNext(
        "POST",
        "/v1/setup_intents",
        StandInResponse.error(
            402, "card_error", "authentication_required", "authentication_required", null, "3DS"));

    assertThat(failure(() -> provider.setUpPaymentMethod("cus_x", "k")).kind())
        .isEqualTo(Kind.ACTION_REQUIRED);
  }

  @Test
  void anInvoiceWhosePaymentNeedsAnActionIsActionRequired() {
    fixture.stripe.failNext(
        "POST",
        "/v1/subscriptions/sub_1",
        StandInResponse.error(
            402, "card_error", "invoice_payment_intent_requires_action", null, null, "action"));

    assertThat(failure(() -> provider.cancelAtPeriodEnd("sub_1", true, "k")).kind())
        .isEqualTo(Kind.ACTION_REQUIRED);
  }

  @Test
  void aMissingResourceIsNotFound() {
    assertThat(failure(() -> provider.fetchInvoice("in_missing")).kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(failure(() -> provider.fetchCharge("ch_missing")).kind()).isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  void anotherInvalidRequestIsInvalidRequestWithItsParam() {
    fixture.stripe.failNext(
        "POST",
        "/v1/customers",
        StandInResponse.invalid("email_invalid", "email", "Invalid email address: x"));

    ProviderException e = failure(fixture::customer);

    assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
    assertThat(e.param()).contains("email");
  }

  @Test
  void aKeyReusedWithOtherParametersIsAnInvalidRequest() {
    String customer = fixture.customer();
    provider.setUpPaymentMethod(customer, "reused");

    ProviderException e = failure(() -> provider.refund("pi_x", 100, "reused"));

    assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
  }

  @Test
  void aRefusedApiKeyIsUnavailableAndItsMessageShowsNoKey() {
    StripeBillingProvider wrongKey =
        new StripeBillingProvider(
            new StripeSettings(
                "sk_test_wrong000000000000",
                List.of("whsec_x"),
                fixture.stripe.baseUrl(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                0));

    ProviderException e = failure(() -> wrongKey.fetchSubscription("sub_1"));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("401").doesNotContain("sk_test");
  }

  @Test
  void aRateLimitIsUnavailable() {
    fixture.stripe.failNext(
        "GET",
        "/v1/subscriptions/sub_1",
        StandInResponse.error(
            429, "invalid_request_error", "rate_limit", null, null, "Too many requests"));

    assertThat(failure(() -> provider.fetchSubscription("sub_1")).kind())
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void aServerErrorIsUnavailable() {
    fixture.stripe.failNext(
        "GET",
        "/v1/invoices/in_1",
        StandInResponse.error(500, "api_error", null, null, null, "Something went wrong"));

    assertThat(failure(() -> provider.fetchInvoice("in_1")).kind()).isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void anUnreachableStripeIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    StripeBillingProvider unreachable =
        new StripeBillingProvider(
            new StripeSettings(
                StandInFixture.API_KEY,
                List.of("whsec_x"),
                URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                0));

    ProviderException e = failure(() -> unreachable.fetchCharge("ch_1"));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.getMessage()).isEqualTo("Stripe could not be reached");
  }

  private static ProviderException failure(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(ProviderException.class);
    return (ProviderException) thrown;
  }
}
