package org.openlicensing.persistence.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.organizations.BillingDetails;

/**
 * A row of {@code organization_billing_details}, the address spread over columns. Read through JPA;
 * written by {@link BillingDetailsUpsert}.
 */
@Entity(name = "BillingDetails")
@Table(name = "organization_billing_details")
public class BillingDetailsEntity {
  @Id
  @Column(name = "organization_id")
  private UUID organizationId;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Column(name = "vat_id")
  private String vatId;

  @Column(name = "address_line1", nullable = false)
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "postal_code", nullable = false)
  private String postalCode;

  @Column(nullable = false)
  private String city;

  private String region;

  @Column(nullable = false)
  private String country;

  @Column(name = "billing_email", nullable = false)
  private String billingEmail;

  protected BillingDetailsEntity() {}

  BillingDetails toDetails() {
    return new BillingDetails(
        legalName,
        Optional.ofNullable(vatId),
        new Address(
            addressLine1,
            Optional.ofNullable(addressLine2),
            postalCode,
            city,
            Optional.ofNullable(region)),
        country,
        billingEmail);
  }
}
