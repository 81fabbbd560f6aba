package org.openlicensing.core.billing.provider;

import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.PaymentMethodService;
import org.openlicensing.api.billing.PaymentMethodSetup;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/**
 * Starts the setup of a payment method at the payment service (Stripe: a SetupIntent for
 * off-session use), for Stripe.js to confirm in the browser; the organization becomes a customer
 * first if it is none yet.
 */
public final class ProviderPaymentMethods implements PaymentMethodService {
  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final Transactions transactions;
  private final OrganizationAccess access;
  private final ProviderAccess provider;
  private final AuditLog audit;

  public ProviderPaymentMethods(
      Transactions transactions,
      OrganizationAccess access,
      ProviderAccess provider,
      AuditLog audit) {
    this.transactions = transactions;
    this.access = access;
    this.provider = provider;
    this.audit = audit;
  }

  @Override
  public PaymentMethodSetup setUp(
      Caller caller, UUID organizationId, String idempotencyKey, ClientInfo client) {
    transactions.run(
        () ->
            access.requireFor(
                caller, organizationId, OrganizationPermission.MANAGE_BILLING, "organization"));
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw LicensingException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    String customer = provider.customers().ensure(organizationId);
    PaymentSetup setup;
    try {
      setup =
          provider
              .provider()
              .setUpPaymentMethod(
                  customer, "setup-" + ProviderKeys.scope(Callers.idOf(caller), idempotencyKey));
    } catch (ProviderException e) {
      throw ProviderFailures.of(e);
    }
    transactions.run(
        () ->
            audit.record(
                caller,
                AuditEntry.onOrganization("billing.payment_method_setup_started", organizationId)
                    .with("setup", setup.id()),
                client));
    return new PaymentMethodSetup(setup.id(), setup.clientSecret(), setup.status());
  }
}
