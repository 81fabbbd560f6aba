package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.api.invoices.RefundService;
import org.openlicensing.api.organizations.BillingDetailsInput;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.billing.SandboxPaymentGateway;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Invoices: numbers without gaps or duplicates, VAT by the buyer's country and status, visibility;
 * and refunds by platform admins, as credit notes that never exceed what was paid.
 */
public abstract class InvoicesAndRefundsContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private static final String ROOT = "root@example.test";
  private static final String ROOT_PASSWORD = "Staff-passphrase-1234";

  private CoreFixture fixture;
  private BillingSteps steps;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    steps = new BillingSteps(fixture, fixture.customer());
  }

  private static ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private Caller admin() {
    fixture.licensing.ensureSuperAdmin(ROOT, ROOT_PASSWORD);
    return CoreFixture.caller(fixture.signIn(ROOT, ROOT_PASSWORD));
  }

  private UUID organization(String country, String vatId) {
    return fixture
        .licensing
        .organizations()
        .create(
            steps.caller(),
            new NewOrganization(
                "Buyer " + country,
                new BillingDetailsInput(
                    "Buyer " + country + " Ltd",
                    vatId,
                    new AddressInput("Main Street 1", null, "12345", "Capital", null),
                    country,
                    "invoices@buyer.example")),
            ClientInfo.UNKNOWN)
        .organization()
        .id();
  }

  private Invoice firstInvoiceOf(UUID organizationId) {
    Subscription subscription = steps.subscribe(organizationId, "pro", 1, "pm_card_visa");
    return steps.invoices(subscription).get(0);
  }

  @Test
  void vatFollowsTheBuyersCountryAndWhetherItIsABusiness() {
    Invoice domestic = firstInvoiceOf(organization("DE", "DE123456789"));
    assertThat(domestic.tax().rateBasisPoints()).isEqualTo(1_900);
    assertThat(domestic.tax().amount().amount()).isEqualTo(551); // 19 % of 29.00
    assertThat(domestic.tax().reverseCharge()).isFalse();

    Invoice business = firstInvoiceOf(organization("FR", "FR12345678901"));
    assertThat(business.tax().reverseCharge()).isTrue();
    assertThat(business.tax().amount().amount()).isZero();
    assertThat(business.tax().note())
        .hasValueSatisfying(n -> assertThat(n).contains("Reverse charge"));
    assertThat(business.total().amount()).isEqualTo(2_900);
    assertThat(business.buyer().vatId()).contains("FR12345678901");

    Invoice consumer = firstInvoiceOf(organization("FR", null));
    assertThat(consumer.tax().country()).isEqualTo("FR");
    assertThat(consumer.tax().rateBasisPoints()).isEqualTo(2_000);
    assertThat(consumer.total().amount()).isEqualTo(2_900 + 580);

    Invoice export = firstInvoiceOf(organization("US", null));
    assertThat(export.tax().amount().amount()).isZero();
    assertThat(export.tax().note())
        .hasValueSatisfying(n -> assertThat(n).contains("outside the EU"));
  }

  @Test
  void anIssuedInvoiceKeepsTheBillingDetailsItWasIssuedTo() {
    UUID buyer = organization("DE", null);
    Invoice invoice = firstInvoiceOf(buyer);
    fixture
        .licensing
        .organizations()
        .update(
            steps.caller(),
            buyer,
            new org.openlicensing.api.organizations.OrganizationUpdate(
                "Renamed",
                new BillingDetailsInput(
                    "Renamed GmbH",
                    null,
                    new AddressInput("Other Street 2", null, "54321", "Elsewhere", null),
                    "AT",
                    "new@buyer.example")),
            ClientInfo.UNKNOWN);

    Invoice again = fixture.licensing.billing().invoices().get(steps.caller(), invoice.id());
    assertThat(again.buyer().name()).isEqualTo("Buyer DE Ltd");
    assertThat(again.buyer().country()).isEqualTo("DE");
  }

  @Test
  void twentyConcurrentPaymentsDrawTwentyNumbersWithoutGapOrDuplicate() throws Exception {
    int buyers = 20;
    List<Principal> customers = new ArrayList<>();
    for (int i = 0; i < buyers; i++) {
      customers.add(fixture.customer());
    }
    ExecutorService threads = Executors.newFixedThreadPool(buyers);
    try {
      List<Callable<String>> purchases = new ArrayList<>();
      for (Principal customer : customers) {
        purchases.add(
            () -> {
              BillingSteps own = new BillingSteps(fixture, customer);
              return own.invoices(own.subscribe("basic", 1, "pm_card_visa")).get(0).number();
            });
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> purchase : threads.invokeAll(purchases, 2, TimeUnit.MINUTES)) {
        numbers.add(purchase.get());
      }
      assertThat(numbers)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.rangeClosed(1, buyers)
                  .mapToObj(n -> String.format("INV-2031-%06d", n))
                  .toList());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void membersDoNotSeeInvoicesAndBillingManagersDo() {
    Teams teams = new Teams(fixture);
    UUID team = teams.organizationOf(steps.owner);
    Principal member = teams.member(steps.owner, team, OrganizationRole.MEMBER);
    Principal billing = teams.member(steps.owner, team, OrganizationRole.BILLING);
    Invoice invoice = firstInvoiceOf(team);
    var invoices = fixture.licensing.billing().invoices();

    assertThat(codeOf(() -> invoices.get(CoreFixture.caller(member), invoice.id())))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> invoices.list(CoreFixture.caller(member), team, null, 10)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(invoices.list(CoreFixture.caller(member), null, null, 10).items()).isEmpty();
    assertThat(invoices.get(CoreFixture.caller(billing), invoice.id()).number())
        .isEqualTo(invoice.number());
    InvoiceDocument document = invoices.document(CoreFixture.caller(billing), invoice.id());
    assertThat(new String(document.content(), StandardCharsets.UTF_8))
        .contains(invoice.number())
        .contains("34.51 EUR");
  }

  @Test
  void invoicesArePagedNewestFirst() {
    for (int i = 0; i < 3; i++) {
      steps.subscribe("basic", 1, "pm_card_visa");
    }
    var invoices = fixture.licensing.billing().invoices();

    var first = invoices.list(steps.caller(), null, null, 2);
    var second = invoices.list(steps.caller(), null, first.nextCursor().orElseThrow(), 2);

    assertThat(first.items())
        .extracting(Invoice::number)
        .containsExactly("INV-2031-000003", "INV-2031-000002");
    assertThat(second.items()).extracting(Invoice::number).containsExactly("INV-2031-000001");
    assertThat(second.nextCursor()).isEmpty();
  }

  @Test
  void adminsRefundPartOfAnInvoiceThenTheRestButNeverMore() {
    Subscription subscription = steps.subscribe("pro", 2, "pm_card_visa");
    Invoice invoice = steps.invoices(subscription).get(0);
    long total = invoice.total().amount();
    Caller admin = admin();
    RefundService refunds = fixture.licensing.billing().refunds();

    CreditNote partial =
        refunds.refund(admin, invoice.id(), 1_000L, "goodwill", "refund-1", ClientInfo.UNKNOWN);
    assertThat(partial.number()).isEqualTo("CN-2031-000001");
    assertThat(partial.amount().amount()).isEqualTo(1_000);
    CreditNote repeated =
        refunds.refund(admin, invoice.id(), 1_000L, "goodwill", "refund-1", ClientInfo.UNKNOWN);
    assertThat(repeated).isEqualTo(partial);

    LicensingException tooMuch =
        catchThrowableOfType(
            LicensingException.class,
            () -> refunds.refund(admin, invoice.id(), total, null, null, ClientInfo.UNKNOWN));
    assertThat(tooMuch.code()).isEqualTo(ErrorCode.REFUND_EXCEEDS_PAYMENT);

    CreditNote rest =
        refunds.refund(admin, invoice.id(), total - 1_000, "canceled", null, ClientInfo.UNKNOWN);
    assertThat(rest.number()).isEqualTo("CN-2031-000002");
    assertThat(
            codeOf(() -> refunds.refund(admin, invoice.id(), 1L, null, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.REFUND_EXCEEDS_PAYMENT);
    Invoice refunded = fixture.licensing.billing().invoices().get(steps.caller(), invoice.id());
    assertThat(refunded.amountRefunded().amount()).isEqualTo(total);
    assertThat(refunds.creditNotes(admin, invoice.id())).containsExactly(partial, rest);
    SandboxPaymentGateway gateway = fixture.gateway;
    assertThat(gateway.totalRefunded()).isEqualTo(total);
  }

  @Test
  void onlyPlatformAdminsRefundAndAmountsMustBePositive() {
    Subscription subscription = steps.subscribe("pro", 1, "pm_card_visa");
    Invoice invoice = steps.invoices(subscription).get(0);
    RefundService refunds = fixture.licensing.billing().refunds();

    assertThat(
            codeOf(
                () ->
                    refunds.refund(
                        steps.caller(), invoice.id(), 100L, null, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    Caller admin = admin();
    assertThat(
            codeOf(() -> refunds.refund(admin, invoice.id(), 0L, null, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(
            codeOf(() -> refunds.refund(admin, invoice.id(), null, null, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(
            codeOf(
                () ->
                    refunds.refund(admin, UUID.randomUUID(), 100L, null, null, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }
}
