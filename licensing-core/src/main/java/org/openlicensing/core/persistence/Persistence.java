package org.openlicensing.core.persistence;

import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.OneTimeTokenRepository;
import org.openlicensing.core.accounts.ProfileRepository;
import org.openlicensing.core.admin.SupportNoteRepository;
import org.openlicensing.core.apikeys.ApiKeyRepository;
import org.openlicensing.core.audit.AuditLogRepository;
import org.openlicensing.core.auth.RefreshTokenRepository;
import org.openlicensing.core.auth.SessionRepository;
import org.openlicensing.core.billing.ReminderLog;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.billing.provider.BillingCustomerRepository;
import org.openlicensing.core.catalog.CatalogFileRepository;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.catalog.PlanVersionRepository;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.licenses.ActivationRepository;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.mail.OutboxRepository;
import org.openlicensing.core.organizations.InvitationRepository;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.security.SecurityEventRepository;
import org.openlicensing.core.usage.MeterOutboxRepository;
import org.openlicensing.core.usage.UsageRepository;
import org.openlicensing.core.webhooks.InboundEventRepository;

/**
 * Every repository over one store, and the transactions that span them. An adapter (JPA, or the
 * in-memory one of the tests) implements this once.
 */
public interface Persistence {
  Transactions transactions();

  AccountRepository accounts();

  OneTimeTokenRepository oneTimeTokens();

  RefreshTokenRepository refreshTokens();

  OrganizationRepository organizations();

  InvitationRepository invitations();

  PlanRepository plans();

  /** The saved versions of the plans. */
  PlanVersionRepository planVersions();

  /** The version of the catalog file applied last. */
  CatalogFileRepository catalogFiles();

  SubscriptionRepository subscriptions();

  InvoiceRepository invoices();

  /** Which expiry reminders went out. */
  ReminderLog reminderLog();

  /** Which customer of a payment service each organization is. */
  BillingCustomerRepository billingCustomers();

  LicenseRepository licenses();

  ActivationRepository activations();

  OutboxRepository outbox();

  SessionRepository sessions();

  ProfileRepository profiles();

  AuditLogRepository auditLog();

  SecurityEventRepository securityEvents();

  SupportNoteRepository supportNotes();

  ApiKeyRepository apiKeys();

  /** The inbox of provider webhook events. */
  InboundEventRepository inboundEvents();

  /** Usage events and their daily totals. */
  UsageRepository usage();

  /** Usage on its way to the payment service's meter. */
  MeterOutboxRepository meterOutbox();
}
