package org.openlicensing.core.billing;

import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.PaymentMethodService;
import org.openlicensing.api.billing.PaymentMethodSetup;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;

/**
 * The sandbox has no payment service to set a card up with, so a setup is a CONFLICT (after the
 * same checks of the caller as in Stripe mode): the sandbox takes Stripe's test PaymentMethod ids,
 * such as {@code pm_card_visa}, directly when subscribing. A made-up client secret would let a
 * browser integration look as if it worked, and fail only against Stripe.
 */
final class SandboxPaymentMethods implements PaymentMethodService {
  private final Transactions transactions;
  private final OrganizationAccess access;

  SandboxPaymentMethods(Transactions transactions, OrganizationAccess access) {
    this.transactions = transactions;
    this.access = access;
  }

  @Override
  public PaymentMethodSetup setUp(
      Caller caller, UUID organizationId, String idempotencyKey, ClientInfo client) {
    transactions.run(
        () ->
            access.requireFor(
                caller, organizationId, OrganizationPermission.MANAGE_BILLING, "organization"));
    throw new LicensingException(
        ErrorCode.CONFLICT,
        "payment methods are set up with Stripe.js only in Stripe mode; the sandbox takes"
            + " Stripe's test PaymentMethod ids, such as pm_card_visa, when subscribing");
  }
}
