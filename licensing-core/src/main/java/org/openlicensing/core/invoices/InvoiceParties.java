package org.openlicensing.core.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.organizations.OrganizationRepository;

/**
 * Who an invoice is from and to. The buyer is the organization as its billing details name it;
 * without them, the organization's name in the seller's country, which then charges its domestic
 * VAT: with no address the place of supply is taken to be the seller's.
 */
public final class InvoiceParties {
  private final OrganizationRepository organizations;
  private final Party seller;

  public InvoiceParties(OrganizationRepository organizations, Party seller) {
    this.organizations = organizations;
    this.seller = seller;
  }

  public Party seller() {
    return seller;
  }

  /** Runs in the caller's transaction. */
  public Party buyer(UUID organizationId) {
    Optional<BillingDetails> details = organizations.findBillingDetails(organizationId);
    if (details.isPresent()) {
      BillingDetails d = details.get();
      return new Party(
          d.legalName(), lines(d.address()), d.country(), d.vatId(), Optional.of(d.billingEmail()));
    }
    Organization organization =
        organizations
            .findById(organizationId)
            .orElseThrow(() -> LicensingException.notFound("organization"));
    return new Party(
        organization.name(), List.of(), seller.country(), Optional.empty(), Optional.empty());
  }

  private static List<String> lines(Address address) {
    List<String> lines = new ArrayList<>();
    lines.add(address.line1());
    address.line2().ifPresent(lines::add);
    lines.add(address.postalCode() + " " + address.city());
    address.region().ifPresent(lines::add);
    return lines;
  }
}
