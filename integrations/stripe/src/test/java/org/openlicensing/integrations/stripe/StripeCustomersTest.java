package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.billing.provider.PaymentSetup;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;
import org.openlicensing.integrations.stripe.standin.RecordedRequest;

class StripeCustomersTest {
  private static final UUID ORGANIZATION = UUID.fromString("0d9a2f7e-1111-4c2b-9a55-000000000042");

  private final StandInFixture fixture = new StandInFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void createsOneCustomerPerOrganizationWithNameEmailCountryAndTheOrganizationId() {
    String id =
        fixture.provider.createCustomer(
            new ProviderCustomerDetails(
                ORGANIZATION,
                "Acme GmbH",
                Optional.of("billing@acme.example"),
                Optional.of("de"),
                Map.of("plan", "pro")),
            "org-42-customer");

    RecordedRequest sent = fixture.stripe.requests("POST", "/v1/customers").get(0);
    assertThat(sent.param("name")).contains("Acme GmbH");
    assertThat(sent.param("email")).contains("billing@acme.example");
    assertThat(sent.param("address[country]")).contains("DE");
    assertThat(sent.map("metadata"))
        .containsEntry("organization_id", ORGANIZATION.toString())
        .containsEntry("plan", "pro");
    assertThat(sent.header("Idempotency-Key")).contains("org-42-customer");
    assertThat(sent.header("Authorization")).contains("Bearer " + StandInFixture.API_KEY);
    assertThat(fixture.stripe.state().customer(id)).isPresent();
    assertThat(fixture.stripe.state().customer(id).get().get("name").asText())
        .isEqualTo("Acme GmbH");
  }

  @Test
  void sendsNoEmailOrAddressWhenTheOrganizationHasNone() {
    fixture.provider.createCustomer(
        new ProviderCustomerDetails(
            ORGANIZATION, "Solo", Optional.empty(), Optional.empty(), Map.of()),
        "solo");

    RecordedRequest sent = fixture.stripe.requests("POST", "/v1/customers").get(0);
    assertThat(sent.params()).doesNotContainKeys("email", "address[country]");
  }

  @Test
  void theSameKeyTwiceCreatesOneCustomer() {
    ProviderCustomerDetails details =
        new ProviderCustomerDetails(
            ORGANIZATION, "Acme GmbH", Optional.empty(), Optional.empty(), Map.of());

    String first = fixture.provider.createCustomer(details, "org-42-customer");
    String second = fixture.provider.createCustomer(details, "org-42-customer");

    assertThat(second).isEqualTo(first);
    assertThat(fixture.stripe.requests("POST", "/v1/customers")).hasSize(2);
    assertThat(fixture.stripe.state().customer(first)).isPresent();
    assertThat(fixture.provider.createCustomer(details, "another-key")).isNotEqualTo(first);
  }

  @Test
  void startsASetupIntentForOffSessionUseAndReturnsItsClientSecret() {
    String customer = fixture.customer();

    PaymentSetup setup = fixture.provider.setUpPaymentMethod(customer, "setup-1");

    RecordedRequest sent = fixture.stripe.requests("POST", "/v1/setup_intents").get(0);
    assertThat(sent.param("customer")).contains(customer);
    assertThat(sent.param("usage")).contains("off_session");
    assertThat(sent.param("automatic_payment_methods[enabled]")).contains("true");
    assertThat(sent.header("Idempotency-Key")).contains("setup-1");
    assertThat(setup.id()).startsWith("seti_");
    assertThat(setup.clientSecret()).startsWith(setup.id() + "_secret_");
    assertThat(setup.status()).isEqualTo("requires_payment_method");
  }

  @Test
  void attachesAPaymentMethodNotYetAttachedThenMakesItTheInvoiceDefault() {
    String customer = fixture.customer();
    fixture.stripe.state().addPaymentMethod("pm_1NewCardFromStripeJs");

    fixture.provider.useDefaultPaymentMethod(customer, "pm_1NewCardFromStripeJs", "default-1");

    RecordedRequest attach =
        fixture
            .stripe
            .requests("POST", "/v1/payment_methods/pm_1NewCardFromStripeJs/attach")
            .get(0);
    assertThat(attach.param("customer")).contains(customer);
    assertThat(attach.header("Idempotency-Key")).contains("default-1:attach");
    RecordedRequest update = fixture.stripe.requests("POST", "/v1/customers/" + customer).get(0);
    assertThat(update.param("invoice_settings[default_payment_method]"))
        .contains("pm_1NewCardFromStripeJs");
    assertThat(update.header("Idempotency-Key")).contains("default-1");
    assertThat(
            fixture
                .stripe
                .state()
                .customer(customer)
                .get()
                .get("invoice_settings")
                .get("default_payment_method")
                .asText())
        .isEqualTo("pm_1NewCardFromStripeJs");
  }

  @Test
  void doesNotAttachAgainAPaymentMethodThatASetupIntentAlreadyAttached() {
    String customer = fixture.customer();
    fixture.stripe.state().addPaymentMethod("pm_1FromSetupIntent").put("customer", customer);

    fixture.provider.useDefaultPaymentMethod(customer, "pm_1FromSetupIntent", "default-2");

    assertThat(fixture.stripe.requests("POST", ".*/attach")).isEmpty();
    assertThat(fixture.stripe.requests("POST", "/v1/customers/" + customer)).hasSize(1);
  }

  @Test
  void aTestTokenAttachesAsANewPaymentMethodWhoseIdIsReturnedAndMadeTheDefault() {
    String customer = fixture.customer();

    String attached =
        fixture.provider.useDefaultPaymentMethod(customer, "pm_card_visa", "default-3");

    assertThat(attached).startsWith("pm_").isNotEqualTo("pm_card_visa");
    assertThat(
            fixture
                .stripe
                .requests("POST", "/v1/customers/" + customer)
                .get(0)
                .param("invoice_settings[default_payment_method]"))
        .contains(attached);
  }
}
