package org.openlicensing.persistence.invoices;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceReason;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;

/**
 * A row of {@code invoices} with its lines. The parties are copied into columns, their address
 * lines joined by newlines: an issued invoice never changes with the organization's details.
 */
@Entity(name = "Invoice")
@Table(name = "invoices")
public class InvoiceEntity {
  private static final String LINE_BREAK = "\n";

  @Id private UUID id;

  @Column(nullable = false)
  private String number;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(name = "subscription_id")
  private UUID subscriptionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceReason reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private long subtotal;

  @Column(name = "tax_country", nullable = false)
  private String taxCountry;

  @Column(name = "tax_rate_basis_points", nullable = false)
  private int taxRateBasisPoints;

  @Column(name = "tax_amount", nullable = false)
  private long taxAmount;

  @Column(name = "reverse_charge", nullable = false)
  private boolean reverseCharge;

  @Column(name = "tax_note")
  private String taxNote;

  @Column(nullable = false)
  private long total;

  @Column(name = "amount_paid", nullable = false)
  private long amountPaid;

  @Column(name = "amount_refunded", nullable = false)
  private long amountRefunded;

  @Column(name = "seller_name", nullable = false)
  private String sellerName;

  @Column(name = "seller_address", nullable = false)
  private String sellerAddress;

  @Column(name = "seller_country", nullable = false)
  private String sellerCountry;

  @Column(name = "seller_vat_id")
  private String sellerVatId;

  @Column(name = "seller_email")
  private String sellerEmail;

  @Column(name = "buyer_name", nullable = false)
  private String buyerName;

  @Column(name = "buyer_address", nullable = false)
  private String buyerAddress;

  @Column(name = "buyer_country", nullable = false)
  private String buyerCountry;

  @Column(name = "buyer_vat_id")
  private String buyerVatId;

  @Column(name = "buyer_email")
  private String buyerEmail;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "provider_invoice_id")
  private String providerInvoiceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "line_position")
  private List<InvoiceLineRow> lines = new ArrayList<>();

  protected InvoiceEntity() {}

  static InvoiceEntity of(Invoice invoice) {
    InvoiceEntity e = new InvoiceEntity();
    e.id = invoice.id();
    e.number = invoice.number();
    e.organizationId = invoice.organizationId();
    e.subscriptionId = invoice.subscriptionId().orElse(null);
    e.reason = invoice.reason();
    e.status = invoice.status();
    e.currency = invoice.total().currency().getCurrencyCode();
    e.subtotal = invoice.subtotal().amount();
    Tax tax = invoice.tax();
    e.taxCountry = tax.country();
    e.taxRateBasisPoints = tax.rateBasisPoints();
    e.taxAmount = tax.amount().amount();
    e.reverseCharge = tax.reverseCharge();
    e.taxNote = tax.note().orElse(null);
    e.total = invoice.total().amount();
    e.amountPaid = invoice.amountPaid().amount();
    e.amountRefunded = invoice.amountRefunded().amount();
    Party seller = invoice.seller();
    e.sellerName = seller.name();
    e.sellerAddress = String.join(LINE_BREAK, seller.address());
    e.sellerCountry = seller.country();
    e.sellerVatId = seller.vatId().orElse(null);
    e.sellerEmail = seller.email().orElse(null);
    Party buyer = invoice.buyer();
    e.buyerName = buyer.name();
    e.buyerAddress = String.join(LINE_BREAK, buyer.address());
    e.buyerCountry = buyer.country();
    e.buyerVatId = buyer.vatId().orElse(null);
    e.buyerEmail = buyer.email().orElse(null);
    e.issuedAt = invoice.issuedAt();
    e.paidAt = invoice.paidAt().orElse(null);
    e.providerInvoiceId = invoice.providerInvoiceId().orElse(null);
    invoice.lines().forEach(line -> e.lines.add(InvoiceLineRow.of(line)));
    return e;
  }

  Invoice toInvoice() {
    return new Invoice(
        id,
        number,
        organizationId,
        Optional.ofNullable(subscriptionId),
        reason,
        status,
        lines.stream().map(line -> line.toLine(currency)).toList(),
        money(subtotal),
        new Tax(
            taxCountry,
            taxRateBasisPoints,
            money(taxAmount),
            reverseCharge,
            Optional.ofNullable(taxNote)),
        money(total),
        money(amountPaid),
        money(amountRefunded),
        party(sellerName, sellerAddress, sellerCountry, sellerVatId, sellerEmail),
        party(buyerName, buyerAddress, buyerCountry, buyerVatId, buyerEmail),
        issuedAt,
        Optional.ofNullable(paidAt),
        Optional.ofNullable(providerInvoiceId));
  }

  private Money money(long amount) {
    return Money.of(amount, currency);
  }

  private static Party party(
      String name, String address, String country, String vatId, String email) {
    return new Party(
        name,
        address.isEmpty() ? List.of() : List.of(address.split(LINE_BREAK, -1)),
        country,
        Optional.ofNullable(vatId),
        Optional.ofNullable(email));
  }
}
