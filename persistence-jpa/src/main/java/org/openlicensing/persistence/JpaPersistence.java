package org.openlicensing.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
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
import org.openlicensing.persistence.accounts.JpaAccountRepository;
import org.openlicensing.persistence.accounts.JpaOneTimeTokenRepository;
import org.openlicensing.persistence.accounts.JpaProfileRepository;
import org.openlicensing.persistence.admin.JpaSupportNoteRepository;
import org.openlicensing.persistence.apikeys.JpaApiKeyRepository;
import org.openlicensing.persistence.audit.JpaAuditLogRepository;
import org.openlicensing.persistence.auth.JpaRefreshTokenRepository;
import org.openlicensing.persistence.auth.JpaSessionRepository;
import org.openlicensing.persistence.billing.JpaBillingCustomerRepository;
import org.openlicensing.persistence.billing.JpaReminderLog;
import org.openlicensing.persistence.billing.JpaSubscriptionRepository;
import org.openlicensing.persistence.catalog.JpaCatalogFileRepository;
import org.openlicensing.persistence.catalog.JpaPlanRepository;
import org.openlicensing.persistence.catalog.JpaPlanVersionRepository;
import org.openlicensing.persistence.invoices.JpaInvoiceRepository;
import org.openlicensing.persistence.licenses.JpaActivationRepository;
import org.openlicensing.persistence.licenses.JpaLicenseRepository;
import org.openlicensing.persistence.mail.JpaOutboxRepository;
import org.openlicensing.persistence.organizations.JpaInvitationRepository;
import org.openlicensing.persistence.organizations.JpaOrganizationRepository;
import org.openlicensing.persistence.security.JpaSecurityEventRepository;
import org.openlicensing.persistence.usage.JpaMeterOutboxRepository;
import org.openlicensing.persistence.usage.JpaUsageRepository;
import org.openlicensing.persistence.webhooks.JpaInboundEventRepository;

/**
 * Every repository on one database through EclipseLink. {@link #start} migrates the schema, then
 * opens the persistence unit on the caller's DataSource, which the caller keeps and closes.
 */
public final class JpaPersistence implements Persistence, AutoCloseable {
  static final String UNIT = "openlicensing";

  private final EntityManagerFactory factory;
  private final JpaTransactions transactions;
  private final AccountRepository accounts;
  private final OneTimeTokenRepository oneTimeTokens;
  private final RefreshTokenRepository refreshTokens;
  private final OrganizationRepository organizations;
  private final InvitationRepository invitations;
  private final PlanRepository plans;
  private final PlanVersionRepository planVersions;
  private final CatalogFileRepository catalogFiles;
  private final SubscriptionRepository subscriptions;
  private final InvoiceRepository invoices;
  private final ReminderLog reminderLog;
  private final JpaBillingCustomerRepository billingCustomers;
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final OutboxRepository outbox;
  private final SessionRepository sessions;
  private final ProfileRepository profiles;
  private final AuditLogRepository auditLog;
  private final SecurityEventRepository securityEvents;
  private final SupportNoteRepository supportNotes;
  private final ApiKeyRepository apiKeys;
  private final InboundEventRepository inboundEvents;
  private final UsageRepository usage;
  private final MeterOutboxRepository meterOutbox;

  private JpaPersistence(EntityManagerFactory factory) {
    this.factory = factory;
    this.transactions = new JpaTransactions(factory);
    this.accounts = new JpaAccountRepository(transactions);
    this.oneTimeTokens = new JpaOneTimeTokenRepository(transactions);
    this.refreshTokens = new JpaRefreshTokenRepository(transactions);
    this.organizations = new JpaOrganizationRepository(transactions);
    this.invitations = new JpaInvitationRepository(transactions);
    this.plans = new JpaPlanRepository(transactions);
    this.planVersions = new JpaPlanVersionRepository(transactions);
    this.catalogFiles = new JpaCatalogFileRepository(transactions);
    this.subscriptions = new JpaSubscriptionRepository(transactions);
    this.invoices = new JpaInvoiceRepository(transactions);
    this.reminderLog = new JpaReminderLog(transactions);
    this.billingCustomers = new JpaBillingCustomerRepository(transactions);
    this.licenses = new JpaLicenseRepository(transactions);
    this.activations = new JpaActivationRepository(transactions);
    this.outbox = new JpaOutboxRepository(transactions);
    this.sessions = new JpaSessionRepository(transactions);
    this.profiles = new JpaProfileRepository(transactions);
    this.auditLog = new JpaAuditLogRepository(transactions);
    this.securityEvents = new JpaSecurityEventRepository(transactions);
    this.supportNotes = new JpaSupportNoteRepository(transactions);
    this.apiKeys = new JpaApiKeyRepository(transactions);
    this.inboundEvents = new JpaInboundEventRepository(transactions);
    this.usage = new JpaUsageRepository(transactions);
    this.meterOutbox = new JpaMeterOutboxRepository(transactions);
  }

  /** Migrates the schema of {@code dataSource}, then opens the persistence unit on it. */
  public static JpaPersistence start(DataSource dataSource) {
    SchemaMigration.migrate(dataSource);
    EntityManagerFactory factory =
        jakarta.persistence.Persistence.createEntityManagerFactory(UNIT, properties(dataSource));
    // EclipseLink connects lazily; connecting now reports a wrong setup at start-up.
    factory.createEntityManager().close();
    return new JpaPersistence(factory);
  }

  private static Map<String, Object> properties(DataSource dataSource) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("jakarta.persistence.schema-generation.database.action", "none");
    properties.put("eclipselink.ddl-generation", "none");
    properties.put("eclipselink.weaving", "false");
    // Several servers share one PostgreSQL: a cache shared across transactions would serve rows
    // another server has changed since.
    properties.put("eclipselink.cache.shared.default", "false");
    // One connection per EntityManager, for reads and writes alike: a transaction never holds
    // two pool connections, and it reads what it wrote.
    properties.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
    properties.put("eclipselink.jdbc.batch-writing", "JDBC");
    properties.put("eclipselink.jdbc.batch-writing.size", "1000");
    properties.put("eclipselink.session.customizer", ColumnTypes.class.getName());
    properties.put("eclipselink.logging.logger", Slf4jSessionLog.class.getName());
    return properties;
  }

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
  public SubscriptionRepository subscriptions() {
    return subscriptions;
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

  /** Closes the persistence unit; the DataSource stays open, as it belongs to the caller. */
  @Override
  public void close() {
    factory.close();
  }
}
