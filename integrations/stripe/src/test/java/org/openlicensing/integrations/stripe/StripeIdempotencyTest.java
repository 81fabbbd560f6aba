package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.billing.provider.ProrationBehavior;
import org.openlicensing.core.billing.provider.ProviderSubscription;
import org.openlicensing.core.billing.provider.ProviderSubscriptionChange;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;
import org.openlicensing.integrations.stripe.standin.StandInResponse;

/** Idempotency-Key on every POST, equal across stripe-java's retries; none on reads. */
class StripeIdempotencyTest {
  private final StandInFixture fixture = new StandInFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyPostOfAWholeJourneyCarriesAKeyAndTheApiVersionAndNoReadDoes() {
    ProviderSubscription subscription = journey();

    List<RecordedRequest> all = fixture.stripe.requests();
    assertThat(all)
        .filteredOn(RecordedRequest::isPost)
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(post -> assertThat(post.header("Idempotency-Key")).isPresent());
    assertThat(all)
        .filteredOn(request -> !request.isPost())
        .isNotEmpty()
        .allSatisfy(read -> assertThat(read.header("Idempotency-Key")).isEmpty());
    assertThat(all)
        .allSatisfy(
            request -> {
              assertThat(request.header("Stripe-Version")).contains("2025-11-17.clover");
              assertThat(request.header("Authorization"))
                  .contains("Bearer " + StandInFixture.API_KEY);
            });
    assertThat(subscription.status().name()).isEqualTo("CANCELED");
  }

  @Test
  void theStepsOfOneCallHaveDistinctKeysDerivedFromTheCallersKey() {
    String customer = fixture.customerPaying("pm_card_visa");
    fixture.stripe.clearRequests();

    fixture.provider.createSubscription(
        fixture.subscription(customer, "pm_card_visa", StandInFixture.PRO_MONTHLY, 1, 0),
        "order-7");

    assertThat(fixture.stripe.requests())
        .filteredOn(RecordedRequest::isPost)
        .extracting(
            request -> request.path() + " " + request.header("Idempotency-Key").orElseThrow())
        .containsExactly(
            "/v1/products order-7:product",
            "/v1/prices order-7:price",
            "/v1/subscriptions order-7");
  }

  @Test
  void aRetriedPostSendsTheSameKeyAndHasOneEffect() {
    String customer = fixture.customerPaying("pm_card_visa");
    fixture.stripe.failNext(
        "POST",
        "/v1/subscriptions",
        StandInResponse.error(409, "invalid_request_error", "lock_timeout", null, null, "conflict")
            .withHeader("Stripe-Should-Retry", "true"));

    ProviderSubscription created =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", StandInFixture.PRO_MONTHLY, 2, 0),
            "retry-me");

    List<RecordedRequest> attempts = fixture.stripe.requests("POST", "/v1/subscriptions");
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .extracting(request -> request.header("Idempotency-Key").orElseThrow())
        .containsOnly("retry-me");
    assertThat(fixture.stripe.state().subscription(created.id())).isPresent();
    assertThat(fixture.stripe.state().subscription("sub_standin0002")).isEmpty();
  }

  @Test
  void aRepeatedCallWithTheSameKeyGetsTheFirstAnswerWithoutASecondEffect() {
    String customer = fixture.customerPaying("pm_card_visa");
    var request = fixture.subscription(customer, "pm_card_visa", StandInFixture.PRO_MONTHLY, 2, 0);

    ProviderSubscription first = fixture.provider.createSubscription(request, "same-key");
    ProviderSubscription second = fixture.provider.createSubscription(request, "same-key");

    assertThat(second).isEqualTo(first);
    assertThat(fixture.stripe.state().subscription("sub_standin0002")).isEmpty();
    assertThat(fixture.stripe.state().charge("ch_standin0002")).isEmpty();
  }

  @Test
  void aRepeatedChangeWithTheSameKeyIsAppliedOnce() {
    String customer = fixture.customerPaying("pm_card_visa");
    ProviderSubscription created =
        fixture.provider.createSubscription(
            fixture.subscription(customer, "pm_card_visa", StandInFixture.PRO_MONTHLY, 2, 0),
            "create");
    var change =
        new ProviderSubscriptionChange(
            Optional.of(6), Optional.empty(), ProrationBehavior.ALWAYS_INVOICE);

    ProviderSubscription first = fixture.provider.changeSubscription(created.id(), change, "up-6");
    ProviderSubscription again = fixture.provider.changeSubscription(created.id(), change, "up-6");

    assertThat(again.latestInvoiceId()).isEqualTo(first.latestInvoiceId());
    assertThat(fixture.stripe.state().invoice("in_standin0003")).isEmpty();
  }

  private ProviderSubscription journey() {
    String customer = fixture.customer();
    fixture.provider.setUpPaymentMethod(customer, "j-setup");
    String card = fixture.provider.useDefaultPaymentMethod(customer, "pm_card_visa", "j-default");
    ProviderSubscription created =
        fixture.provider.createSubscription(
            fixture.subscription(customer, card, StandInFixture.PRO_MONTHLY, 2, 0), "j-create");
    fixture.provider.changeSubscription(
        created.id(),
        new ProviderSubscriptionChange(
            Optional.of(3), Optional.empty(), ProrationBehavior.ALWAYS_INVOICE),
        "j-change");
    fixture.provider.cancelAtPeriodEnd(created.id(), true, "j-end");
    var invoice = fixture.provider.fetchInvoice(created.latestInvoiceId().get());
    fixture.provider.refund(invoice.paymentIntentId().get(), 100, "j-refund");
    fixture.provider.fetchCharge("ch_standin0001");
    return fixture.provider.cancelNow(created.id(), "j-cancel");
  }
}
