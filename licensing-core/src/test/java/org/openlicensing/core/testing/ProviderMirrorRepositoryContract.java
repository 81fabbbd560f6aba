package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.CreditNote;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceLine;
import org.openlicensing.api.invoices.InvoiceLineKind;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;
import org.openlicensing.core.billing.provider.BillingCustomer;
import org.openlicensing.core.invoices.PaymentAttempt;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/**
 * What the stores promise for the mirror of a payment service: one customer per organization and
 * per customer id, subscriptions and invoices found by the service's ids (each id mirrored once),
 * the service's subscriptions never due for the built-in renewals or collection, and credit notes
 * that no account made.
 */
public abstract class ProviderMirrorRepositoryContract {
  private Persistence store;
  private Seeds seeds;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    seeds = new Seeds(store);
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private void run(Runnable work) {
    store.transactions().run(work);
  }

  @Test
  void anOrganizationIsOneCustomerAndACustomerOneOrganization() {
    UUID first = seeds.organization().id();
    UUID second = seeds.organization().id();
    BillingCustomer customer = new BillingCustomer(first, "stripe", "cus_1", TestData.NOW);
    run(() -> store.billingCustomers().insert(customer));

    assertThat(tx(() -> store.billingCustomers().findByOrganization(first))).contains(customer);
    assertThat(tx(() -> store.billingCustomers().findByCustomerId("cus_1"))).contains(customer);
    assertThat(tx(() -> store.billingCustomers().findByOrganization(second))).isEmpty();
    assertThatThrownBy(
            () ->
                run(
                    () ->
                        store
                            .billingCustomers()
                            .insert(new BillingCustomer(first, "stripe", "cus_2", TestData.NOW))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () ->
                run(
                    () ->
                        store
                            .billingCustomers()
                            .insert(new BillingCustomer(second, "stripe", "cus_1", TestData.NOW))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  private Subscription mirrored(String providerId) {
    Subscription subscription =
        TestData.subscription(seeds.organization().id(), seeds.plan()).toBuilder()
            .providerSubscriptionId(Optional.of(providerId))
            .build();
    run(() -> store.subscriptions().insert(subscription, seeds.account().id(), null));
    return subscription;
  }

  @Test
  void aSubscriptionIsFoundByTheServicesIdAndReadsBackWhole() {
    Subscription subscription = mirrored("sub_1");

    assertThat(tx(() -> store.subscriptions().findByProviderSubscriptionId("sub_1")))
        .contains(subscription);
    assertThat(tx(() -> store.subscriptions().findById(subscription.id()))).contains(subscription);
    assertThat(tx(() -> store.subscriptions().findByProviderSubscriptionId("sub_2"))).isEmpty();
  }

  @Test
  void aServiceSubscriptionIsMirroredOnce() {
    mirrored("sub_once");

    assertThatThrownBy(() -> mirrored("sub_once")).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void theServicesSubscriptionsAreNeverDueForTheBuiltInJobs() {
    Subscription own = seeds.subscription(seeds.organization().id());
    Subscription theirs = mirrored("sub_due");
    run(
        () ->
            store
                .subscriptions()
                .update(
                    theirs.toBuilder()
                        .dunning(
                            new org.openlicensing.api.billing.Dunning(
                                1, Optional.of(TestData.NOW), Optional.of(TestData.NOW)))
                        .build()));
    var later = TestData.NOW.plus(Duration.ofDays(400));

    assertThat(tx(() -> store.subscriptions().dueForRenewal(later, 10))).containsExactly(own.id());
    assertThat(tx(() -> store.subscriptions().dueForCollection(later, 10))).isEmpty();
  }

  private Invoice invoice(UUID organizationId, String providerId) {
    Money total = Money.of(2_900, "EUR");
    Party party = new Party("Buyer", List.of("Street 1"), "DE", Optional.empty(), Optional.empty());
    Invoice invoice =
        new Invoice(
            TestData.newId(),
            TestData.unique("INV-"),
            organizationId,
            Optional.empty(),
            InvoiceReason.SUBSCRIPTION_CYCLE,
            InvoiceStatus.OPEN,
            List.of(
                new InvoiceLine(
                    "Pro",
                    InvoiceLineKind.SUBSCRIPTION,
                    1,
                    total,
                    total,
                    TestData.NOW,
                    TestData.NOW.plus(Duration.ofDays(30)))),
            total,
            new Tax("DE", 0, Money.of(0, "EUR"), false, Optional.empty()),
            total,
            Money.of(0, "EUR"),
            Money.of(0, "EUR"),
            party,
            party,
            TestData.NOW,
            Optional.empty(),
            Optional.ofNullable(providerId));
    run(() -> store.invoices().insert(invoice));
    return invoice;
  }

  @Test
  void anInvoiceIsFoundByTheServicesIdAndByThePaymentThatPaidIt() {
    UUID organization = seeds.organization().id();
    Invoice invoice = invoice(organization, "in_1");
    invoice(organization, null);
    invoice(organization, null);
    run(
        () ->
            store
                .invoices()
                .insertAttempt(
                    new PaymentAttempt(
                        TestData.newId(),
                        invoice.id(),
                        invoice.total(),
                        true,
                        Optional.of("pi_1"),
                        Optional.empty(),
                        TestData.NOW)));

    assertThat(tx(() -> store.invoices().findByProviderInvoiceId("in_1")))
        .map(Invoice::id)
        .contains(invoice.id());
    assertThat(tx(() -> store.invoices().findByProviderPaymentId("pi_1")))
        .map(Invoice::id)
        .contains(invoice.id());
    assertThat(tx(() -> store.invoices().findByProviderPaymentId("pi_2"))).isEmpty();
    assertThatThrownBy(() -> invoice(organization, "in_1"))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aCreditNoteOfARefundAtTheServiceHasNoAuthor() {
    UUID organization = seeds.organization().id();
    Invoice invoice = invoice(organization, "in_refunded");
    run(
        () ->
            store
                .invoices()
                .updatePayment(invoice.id(), InvoiceStatus.PAID, invoice.total(), TestData.NOW));
    CreditNote note =
        new CreditNote(
            TestData.newId(),
            TestData.unique("CN-"),
            invoice.id(),
            organization,
            Money.of(1_000, "EUR"),
            "Refunded at stripe",
            TestData.NOW,
            Optional.of("ch_1"));
    run(() -> store.invoices().insertCreditNote(note, null, null));

    assertThat(tx(() -> store.invoices().findCreditNotes(invoice.id()))).containsExactly(note);
  }
}
