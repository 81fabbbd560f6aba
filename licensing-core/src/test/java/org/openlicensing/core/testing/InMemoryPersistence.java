package org.openlicensing.core.testing;

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
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityEventRepository;
import org.openlicensing.core.usage.MeterOutboxRepository;
import org.openlicensing.core.usage.UsageRepository;
import org.openlicensing.core.webhooks.InboundEventRepository;

/**
 * Every port in memory, for fast unit tests of core. It keeps the rules the database keeps:
 * uniqueness (DuplicateKeyException), all-or-nothing transactions, after-commit actions, and
 * repositories that refuse to work outside a transaction. Foreign keys are not checked. The
 * repository contract tests run on it and on the databases alike.
 */
public final class InMemoryPersistence implements Persistence {
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(transactions);
  private final InMemoryOneTimeTokenRepository oneTimeTokens =
      new InMemoryOneTimeTokenRepository(transactions);
  private final InMemoryRefreshTokenRepository refreshTokens =
      new InMemoryRefreshTokenRepository(transactions);
  private final InMemoryOrganizationRepository organizations =
      new InMemoryOrganizationRepository(transactions, accounts);
  private final InMemoryInvitationRepository invitations =
      new InMemoryInvitationRepository(transactions);
  private final InMemoryPlanRepository plans = new InMemoryPlanRepository(transactions);
  private final InMemoryPlanVersionRepository planVersions =
      new InMemoryPlanVersionRepository(transactions);
  private final InMemoryCatalogFileRepository catalogFiles =
      new InMemoryCatalogFileRepository(transactions);
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(transactions);
  private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository(transactions);
  private final InMemoryReminderLog reminderLog = new InMemoryReminderLog(transactions);
  private final InMemoryBillingCustomerRepository billingCustomers =
      new InMemoryBillingCustomerRepository(transactions);
  private final InMemoryActivationRepository activations =
      new InMemoryActivationRepository(transactions);
  private final InMemoryLicenseRepository licenses =
      new InMemoryLicenseRepository(transactions, activations, accounts);
  private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(transactions);
  private final InMemorySessionRepository sessions =
      new InMemorySessionRepository(transactions, accounts);
  private final InMemoryProfileRepository profiles = new InMemoryProfileRepository(transactions);
  private final InMemoryAuditLogRepository auditLog = new InMemoryAuditLogRepository(transactions);
  private final InMemorySecurityEventRepository securityEvents =
      new InMemorySecurityEventRepository(transactions);
  private final InMemorySupportNoteRepository supportNotes =
      new InMemorySupportNoteRepository(transactions);
  private final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(transactions);
  private final InMemoryInboundEventRepository inboundEvents =
      new InMemoryInboundEventRepository(transactions);
  private final InMemoryUsageRepository usage =
      new InMemoryUsageRepository(transactions, activations, licenses);
  private final InMemoryMeterOutboxRepository meterOutbox =
      new InMemoryMeterOutboxRepository(transactions);

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public AccountRepository accounts() {
    return accounts;
  }

  @Override
  public OneTimeTokenRepository oneTimeTokens() {
    return oneTimeTokens;
  }

  @Override
  public RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  public OrganizationRepository organizations() {
    return organizations;
  }

  @Override
  public InvitationRepository invitations() {
    return invitations;
  }

  @Override
  public PlanRepository plans() {
    return plans;
  }

  @Override
  public PlanVersionRepository planVersions() {
    return planVersions;
  }

  @Override
  public CatalogFileRepository catalogFiles() {
    return catalogFiles;
  }

  @Override
  public SubscriptionRepository subscriptions() {
    return subscriptions;
  }

  @Override
  public InvoiceRepository invoices() {
    return invoices;
  }

  @Override
  public ReminderLog reminderLog() {
    return reminderLog;
  }

  @Override
  public BillingCustomerRepository billingCustomers() {
    return billingCustomers;
  }

  @Override
  public LicenseRepository licenses() {
    return licenses;
  }

  @Override
  public ActivationRepository activations() {
    return activations;
  }

  @Override
  public OutboxRepository outbox() {
    return outbox;
  }

  @Override
  public SessionRepository sessions() {
    return sessions;
  }

  @Override
  public ProfileRepository profiles() {
    return profiles;
  }

  @Override
  public AuditLogRepository auditLog() {
    return auditLog;
  }

  @Override
  public SecurityEventRepository securityEvents() {
    return securityEvents;
  }

  @Override
  public SupportNoteRepository supportNotes() {
    return supportNotes;
  }

  @Override
  public ApiKeyRepository apiKeys() {
    return apiKeys;
  }

  @Override
  public InboundEventRepository inboundEvents() {
    return inboundEvents;
  }

  @Override
  public UsageRepository usage() {
    return usage;
  }

  @Override
  public MeterOutboxRepository meterOutbox() {
    return meterOutbox;
  }
}
