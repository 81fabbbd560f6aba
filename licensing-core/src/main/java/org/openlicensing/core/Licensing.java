package org.openlicensing.core;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.ProfileService;
import org.openlicensing.api.admin.AdminCatalogService;
import org.openlicensing.api.admin.AdminLicenseService;
import org.openlicensing.api.admin.AdminUserService;
import org.openlicensing.api.admin.SigningKeyService;
import org.openlicensing.api.apikeys.ApiKeyService;
import org.openlicensing.api.audit.AuditService;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.PasswordService;
import org.openlicensing.api.auth.SessionService;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.api.catalog.CatalogService;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.BulkLicenseService;
import org.openlicensing.api.licenses.LicenseService;
import org.openlicensing.api.licenses.OfflineLicenseService;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.api.organizations.MemberService;
import org.openlicensing.api.organizations.OrganizationService;
import org.openlicensing.api.security.SecurityEventService;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.core.accounts.AccountOpening;
import org.openlicensing.core.accounts.AdminBootstrap;
import org.openlicensing.core.accounts.Argon2idPasswordHasher;
import org.openlicensing.core.accounts.DefaultAccountService;
import org.openlicensing.core.accounts.DefaultProfileService;
import org.openlicensing.core.accounts.EmailChange;
import org.openlicensing.core.accounts.OneTimeLinks;
import org.openlicensing.core.accounts.PasswordHasher;
import org.openlicensing.core.admin.AdminServices;
import org.openlicensing.core.apikeys.ApiKeyAuthentication;
import org.openlicensing.core.apikeys.DefaultApiKeyService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.audit.DefaultAuditService;
import org.openlicensing.core.auth.AccessTokens;
import org.openlicensing.core.auth.BearerAuthentication;
import org.openlicensing.core.auth.DefaultAuthService;
import org.openlicensing.core.auth.DefaultPasswordService;
import org.openlicensing.core.auth.DefaultSessionService;
import org.openlicensing.core.auth.NewPasswords;
import org.openlicensing.core.auth.PasswordChange;
import org.openlicensing.core.auth.PasswordLogin;
import org.openlicensing.core.auth.PasswordReset;
import org.openlicensing.core.auth.SessionTokens;
import org.openlicensing.core.billing.BillingServices;
import org.openlicensing.core.billing.BillingSettings;
import org.openlicensing.core.billing.DunningPolicy;
import org.openlicensing.core.billing.PaymentGateway;
import org.openlicensing.core.billing.SandboxPaymentGateway;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.catalog.CatalogEditor;
import org.openlicensing.core.catalog.CatalogSync;
import org.openlicensing.core.catalog.DefaultAdminCatalogService;
import org.openlicensing.core.catalog.DefaultCatalogService;
import org.openlicensing.core.catalog.DemoCatalog;
import org.openlicensing.core.invoices.InvoiceRenderer;
import org.openlicensing.core.invoices.TextInvoiceRenderer;
import org.openlicensing.core.invoices.VatRates;
import org.openlicensing.core.keys.DefaultSigningKeyService;
import org.openlicensing.core.keys.KeyRing;
import org.openlicensing.core.keys.SigningKeyStore;
import org.openlicensing.core.keys.SigningKeys;
import org.openlicensing.core.licenses.AirGappedActivation;
import org.openlicensing.core.licenses.BulkAssignment;
import org.openlicensing.core.licenses.DefaultActivationService;
import org.openlicensing.core.licenses.DefaultAdminLicenseService;
import org.openlicensing.core.licenses.DefaultBulkLicenseService;
import org.openlicensing.core.licenses.DefaultLicenseService;
import org.openlicensing.core.licenses.DefaultOfflineLicenseService;
import org.openlicensing.core.licenses.DeviceActivation;
import org.openlicensing.core.licenses.DeviceDeactivation;
import org.openlicensing.core.licenses.DeviceReset;
import org.openlicensing.core.licenses.LeaseCulling;
import org.openlicensing.core.licenses.LeaseHeartbeat;
import org.openlicensing.core.licenses.LicenseAssignment;
import org.openlicensing.core.licenses.LicenseExports;
import org.openlicensing.core.licenses.LicenseFiles;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseKeys;
import org.openlicensing.core.licenses.LicenseRelease;
import org.openlicensing.core.licenses.LicenseRevocation;
import org.openlicensing.core.licenses.LicenseStores;
import org.openlicensing.core.licenses.LicenseTokenIssuer;
import org.openlicensing.core.licenses.LicenseValidation;
import org.openlicensing.core.licenses.UsageCheck;
import org.openlicensing.core.mail.AccountMails;
import org.openlicensing.core.mail.LoggingMailer;
import org.openlicensing.core.mail.Mailer;
import org.openlicensing.core.mail.OrganizationMails;
import org.openlicensing.core.mail.Outbox;
import org.openlicensing.core.mail.OutboxRelay;
import org.openlicensing.core.mail.OutboxWorker;
import org.openlicensing.core.organizations.DefaultInvitationService;
import org.openlicensing.core.organizations.DefaultMemberService;
import org.openlicensing.core.organizations.DefaultOrganizationService;
import org.openlicensing.core.organizations.InvitationAcceptance;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityLog;
import org.openlicensing.core.support.MicrosecondClock;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.core.throttling.LocalRateLimiter;
import org.openlicensing.core.throttling.RateLimiter;
import org.openlicensing.core.throttling.Throttle;
import org.openlicensing.core.usage.MeterEventRelay;
import org.openlicensing.core.usage.UsageMetering;
import org.openlicensing.core.webhooks.InboundEventHandler;
import org.openlicensing.core.webhooks.RetrySchedule;
import org.openlicensing.core.webhooks.WebhookVerifier;
import org.openlicensing.core.webhooks.Webhooks;

/**
 * The library, assembled: every service wired by constructor, in this one place, from the ports an
 * application provides. The reference server builds it the same way an embedding application does:
 *
 * <pre>{@code
 * Licensing licensing = Licensing.builder()
 *     .persistence(JpaPersistence.start(dataSource))
 *     .signingKeys(new FileSigningKeyStore(dir).loadOrCreate())
 *     .publicUrl(URI.create("https://licensing.example.com"))
 *     .build();
 * licensing.accounts().signUp(...);
 * }</pre>
 */
public final class Licensing {
  private final AccountService accounts;
  private final ProfileService profiles;
  private final AuthService auth;
  private final SessionService sessions;
  private final PasswordService passwords;
  private final CatalogService catalog;
  private final AdminCatalogService adminCatalog;
  private final CatalogSync catalogFiles;
  private final SubscriptionService subscriptions;
  private final BillingServices billing;
  private final LicenseService licenses;
  private final ActivationService activations;
  private final OfflineLicenseService offlineLicenses;
  private final AdminLicenseService adminLicenses;
  private final BulkLicenseService bulkLicenses;
  private final LeaseCulling leaseCulling;
  private final ApiKeyService apiKeys;
  private final AdminServices admin;
  private final OrganizationService organizations;
  private final MemberService members;
  private final InvitationService invitations;
  private final AuditService auditEvents;
  private final OutboxRelay outboxRelay;
  private final OutboxWorker outboxWorker;
  private final AdminBootstrap adminBootstrap;
  private final Webhooks webhooks;
  private final UsageMetering usage;
  private final Persistence persistence;
  private final KeyRing keys;
  private final SigningKeyService signingKeys;
  private final String issuer;

  private Licensing(Builder b) {
    Persistence p = b.persistence;
    Transactions tx = p.transactions();
    // Every time the library makes is stored; make them all at the stores' precision.
    Clock clock = MicrosecondClock.of(b.clock);
    this.persistence = p;
    this.issuer = b.publicUrl.toString().replaceAll("/+$", "");
    this.keys =
        b.keyStore != null
            ? new KeyRing(b.keyStore, () -> longestTokenLife(p), clock)
            : KeyRing.of(b.signingKeys, clock);

    this.outboxRelay = new OutboxRelay(tx, p.outbox(), b.mailer, clock);
    this.outboxWorker = new OutboxWorker(outboxRelay, b.mailPollInterval);
    Outbox outbox = new Outbox(p.outbox(), tx, clock, outboxWorker::nudge);
    AccountMails mails = new AccountMails(outbox, b.publicUrl);
    Throttle throttle =
        new Throttle(b.rateLimiter == null ? new LocalRateLimiter(clock) : b.rateLimiter, b.limits);
    AuditLog audit = new AuditLog(p.auditLog(), clock);
    SecurityLog security = new SecurityLog(tx, p.securityEvents(), clock);
    OrganizationAccess access = new OrganizationAccess(p.accounts(), p.organizations());
    AccountOpening opening = new AccountOpening(p.accounts(), p.organizations(), clock);
    OneTimeLinks links = new OneTimeLinks(p.oneTimeTokens(), clock);
    InvitationAcceptance acceptance =
        new InvitationAcceptance(p.accounts(), p.organizations(), p.invitations(), audit, clock);
    DefaultAccountService.Onboarding onboarding =
        new DefaultAccountService.Onboarding(opening, links, mails, acceptance, clock);

    DefaultAccountService accountService =
        new DefaultAccountService(tx, p.accounts(), b.passwordHasher, onboarding, throttle);
    this.accounts = accountService;
    this.profiles =
        new DefaultProfileService(
            tx,
            p.accounts(),
            p.profiles(),
            new EmailChange(tx, p.accounts(), b.passwordHasher, onboarding, audit),
            throttle);

    AccessTokens accessTokens = new AccessTokens(keys, issuer, clock);
    this.signingKeys = new DefaultSigningKeyService(keys, tx, audit);
    SessionTokens sessionTokens =
        new SessionTokens(tx, p.sessions(), p.refreshTokens(), accessTokens, clock);
    this.auth =
        new DefaultAuthService(
            new PasswordLogin(tx, p.accounts(), b.passwordHasher, throttle, security),
            sessionTokens,
            new BearerAuthentication(
                tx,
                accessTokens,
                p.sessions(),
                new ApiKeyAuthentication(tx, p.apiKeys(), clock),
                clock),
            throttle,
            security);
    this.sessions = new DefaultSessionService(tx, p.sessions(), sessionTokens, audit, clock);
    PasswordChange.Notices notices = new PasswordChange.Notices(audit, security, mails);
    PasswordReset passwordReset =
        new PasswordReset(tx, p.accounts(), links, p.sessions(), notices, clock);
    this.passwords =
        new DefaultPasswordService(
            new PasswordChange(tx, p.accounts(), b.passwordHasher, p.sessions(), notices, clock),
            passwordReset,
            new NewPasswords(b.passwordHasher),
            throttle);
    this.admin = new AdminServices(p, accountService, passwordReset, audit, clock);
    this.adminBootstrap = new AdminBootstrap(tx, p.accounts(), opening, b.passwordHasher);
    this.apiKeys = new DefaultApiKeyService(tx, p.apiKeys(), access, audit, clock);
    this.catalog = new DefaultCatalogService(tx, p.plans());
    CatalogEditor catalogEditor = new CatalogEditor(p.plans(), p.planVersions(), audit, clock);
    this.adminCatalog =
        new DefaultAdminCatalogService(tx, p.plans(), p.planVersions(), catalogEditor);
    this.catalogFiles = new CatalogSync(tx, p.catalogFiles(), catalogEditor, audit, clock);

    this.organizations =
        new DefaultOrganizationService(tx, p.organizations(), access, audit, clock);
    this.members =
        new DefaultMemberService(
            tx,
            p.organizations(),
            access,
            new LicenseRelease(p.licenses(), p.activations()),
            audit,
            clock);
    this.invitations =
        new DefaultInvitationService(
            tx,
            p.organizations(),
            p.invitations(),
            access,
            acceptance,
            new DefaultInvitationService.Delivery(
                new OrganizationMails(outbox, b.publicUrl), p.accounts(), audit, throttle, clock));
    this.auditEvents = new DefaultAuditService(tx, p.auditLog(), access);

    LicenseIssuer licenseIssuer = new LicenseIssuer(p.licenses(), new LicenseKeys(), clock);
    this.billing =
        new BillingServices(
            p,
            b.paymentGateway,
            Optional.ofNullable(b.billingProvider),
            new BillingSettings(b.seller, b.vatRates, b.dunning, b.invoiceRenderer),
            access,
            audit,
            outbox,
            licenseIssuer,
            clock);
    this.subscriptions = billing.subscriptions();
    LicenseStores licenseStores = new LicenseStores(p.licenses(), p.activations(), clock);
    DeviceReset deviceReset = new DeviceReset(tx, licenseStores, access, throttle, audit);
    this.licenses =
        new DefaultLicenseService(
            tx,
            p.licenses(),
            access,
            new LicenseAssignment(
                tx,
                licenseStores,
                new LicenseAssignment.People(p.accounts(), p.organizations(), access),
                audit),
            deviceReset);
    this.adminLicenses =
        new DefaultAdminLicenseService(
            deviceReset, new LicenseRevocation(tx, licenseStores, audit));
    this.bulkLicenses =
        new DefaultBulkLicenseService(
            new LicenseExports(tx, licenseStores, access, audit),
            new BulkAssignment(tx, p.licenses(), p.organizations(), access, audit));
    this.leaseCulling = new LeaseCulling(tx, p.activations(), clock);

    this.usage = new UsageMetering(p, Optional.ofNullable(b.billingProvider), access, clock);
    LicenseTokenIssuer tokens = new LicenseTokenIssuer(keys, issuer, clock);
    DeviceActivation deviceActivation =
        new DeviceActivation(tx, licenseStores, security, throttle, tokens);
    this.activations =
        new DefaultActivationService(
            deviceActivation,
            new LeaseHeartbeat(tx, licenseStores, tokens),
            new DeviceDeactivation(tx, p.licenses(), p.activations(), access, clock),
            new LicenseValidation(
                tx,
                p.licenses(),
                p.activations(),
                b.usageCheck == null ? usage.quotaCheck() : b.usageCheck,
                clock));

    this.offlineLicenses =
        new DefaultOfflineLicenseService(
            new LicenseFiles(tx, licenseStores, access, tokens, audit),
            new AirGappedActivation(tx, licenseStores, access, deviceActivation, tokens, audit));

    // The library's own handlers of provider events go in this list.
    List<InboundEventHandler> builtInHandlers = new ArrayList<>();
    billing.providerEvents().ifPresent(builtInHandlers::add);
    this.webhooks =
        new Webhooks(
            p,
            new Webhooks.Setup(
                b.webhookVerifiers, builtInHandlers, b.inboundEventHandlers, b.webhookRetries),
            audit,
            clock);
  }

  /** The seller of a library that was not told who sells: plainly not a real company. */
  public static final Party DEMO_SELLER =
      new Party(
          "OpenLicensing Demo Seller",
          List.of("Example Street 1", "10115 Berlin"),
          "DE",
          Optional.empty(),
          Optional.empty());

  public static Builder builder() {
    return new Builder();
  }

  public AccountService accounts() {
    return accounts;
  }

  public ProfileService profiles() {
    return profiles;
  }

  public AuthService auth() {
    return auth;
  }

  public SessionService sessions() {
    return sessions;
  }

  public PasswordService passwords() {
    return passwords;
  }

  public ApiKeyService apiKeys() {
    return apiKeys;
  }

  public AdminUserService adminUsers() {
    return admin.users();
  }

  public SecurityEventService securityEvents() {
    return admin.securityEvents();
  }

  public OrganizationService organizations() {
    return organizations;
  }

  public MemberService members() {
    return members;
  }

  public InvitationService invitations() {
    return invitations;
  }

  /** The audit log, for organization admins and platform admins. */
  public AuditService auditEvents() {
    return auditEvents;
  }

  public CatalogService catalog() {
    return catalog;
  }

  /** The catalog as platform admins edit it, with each plan's history. */
  public AdminCatalogService adminCatalog() {
    return adminCatalog;
  }

  /**
   * Applies catalog files: a file newer than the one applied last creates and updates plans, once
   * across every server. rest-jersey's {@code JsonCatalogFile.apply(licensing, path)} reads a JSON
   * file and applies it in one call.
   */
  public CatalogSync catalogFiles() {
    return catalogFiles;
  }

  public SubscriptionService subscriptions() {
    return subscriptions;
  }

  /** Invoices, refunds, support's subscription overview, and the billing's time-driven steps. */
  public BillingServices billing() {
    return billing;
  }

  public LicenseService licenses() {
    return licenses;
  }

  public ActivationService activations() {
    return activations;
  }

  /** Signed license files and air-gapped activation, for devices without the network. */
  public OfflineLicenseService offlineLicenses() {
    return offlineLicenses;
  }

  /** Usage metering: reports of usage, quotas, daily totals and organization analytics. */
  public UsageService usage() {
    return usage.service();
  }

  /**
   * Sends recorded usage to the payment service's meter (Stripe Billing meters) in Stripe mode;
   * call {@link MeterEventRelay#deliverAllDue()} on a schedule, from any server.
   */
  public MeterEventRelay meterEvents() {
    return usage.meterRelay();
  }

  /** Support's actions on licenses, such as freeing every device of one or revoking many. */
  public AdminLicenseService adminLicenses() {
    return adminLicenses;
  }

  /** An organization's licenses in bulk: CSV-ready exports and assignment files. */
  public BulkLicenseService bulkLicenses() {
    return bulkLicenses;
  }

  /** Clears dead floating leases; for a job to run every minute or so. */
  public LeaseCulling leaseCulling() {
    return leaseCulling;
  }

  /** Delivers queued e-mails once, on the caller's thread; returns how many. */
  public OutboxRelay outboxRelay() {
    return outboxRelay;
  }

  /**
   * Delivers queued e-mails in the background once started: right after the transaction that queued
   * them commits, and on a poll for retries.
   */
  public OutboxWorker outboxWorker() {
    return outboxWorker;
  }

  /**
   * The inbox of provider webhooks: reception of signed deliveries, the processor and reclaimer to
   * run on a schedule, and the admins' view.
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** The public keys that verify license tokens and access tokens: the JWKS to publish. */
  public JWKSet publicKeys() {
    return keys.publicKeys();
  }

  /** The signing keys: reloaded by a job, rotated by a super admin. */
  public KeyRing keys() {
    return keys;
  }

  /** The signing keys for platform admins: listed, and rotated by super admins. */
  public SigningKeyService signingKeys() {
    return signingKeys;
  }

  /**
   * How long a retired key stays published: the longest life of a token it may have signed, an
   * access token or a license token of any plan.
   */
  private static Duration longestTokenLife(Persistence p) {
    Duration longest = AccessTokens.LIFETIME;
    for (var plan : p.transactions().inTransaction(() -> p.plans().findAll())) {
      Duration life = plan.policy().tokenLifetime();
      longest = life.compareTo(longest) > 0 ? life : longest;
    }
    return longest;
  }

  /** The {@code iss} of every token this instance signs: its public URL. */
  public String issuer() {
    return issuer;
  }

  /** Stores the demo plans that are missing; returns how many were stored. */
  public int seedDemoCatalog() {
    return DemoCatalog.seed(persistence.transactions(), persistence.plans());
  }

  /** Creates the first super admin unless one exists. */
  public AdminBootstrap.Outcome ensureSuperAdmin(String email, String password) {
    return adminBootstrap.ensureSuperAdmin(email, password);
  }

  /** The parts to assemble. Persistence and signing keys are required; the rest has defaults. */
  public static final class Builder {
    private Persistence persistence;
    private SigningKeys signingKeys;
    private SigningKeyStore keyStore;
    private Clock clock = Clock.systemUTC();
    private PaymentGateway paymentGateway = new SandboxPaymentGateway();
    private BillingProvider billingProvider;
    private Party seller = DEMO_SELLER;
    private VatRates vatRates = VatRates.euStandard();
    private DunningPolicy dunning = DunningPolicy.DEFAULT;
    private InvoiceRenderer invoiceRenderer = new TextInvoiceRenderer();
    private Mailer mailer = new LoggingMailer();
    private PasswordHasher passwordHasher;
    private URI publicUrl = URI.create("http://localhost:8080");
    private Duration mailPollInterval = Duration.ofSeconds(5);
    private RateLimiter rateLimiter;
    private Limits limits = Limits.DEFAULT;
    private UsageCheck usageCheck;
    private final List<WebhookVerifier> webhookVerifiers = new ArrayList<>();
    private final List<InboundEventHandler> inboundEventHandlers = new ArrayList<>();
    private RetrySchedule webhookRetries = RetrySchedule.DEFAULT;

    private Builder() {}

    public Builder persistence(Persistence persistence) {
      this.persistence = Objects.requireNonNull(persistence, "persistence");
      return this;
    }

    /** Fixed signing keys, which never rotate. */
    public Builder signingKeys(SigningKeys signingKeys) {
      this.signingKeys = Objects.requireNonNull(signingKeys, "signingKeys");
      return this;
    }

    /** Where the signing keys are kept, shared by every server, and rotated. */
    public Builder keyStore(SigningKeyStore keyStore) {
      this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Who sells: named on every invoice, and whose country decides the VAT. */
    public Builder seller(Party seller) {
      this.seller = Objects.requireNonNull(seller, "seller");
      return this;
    }

    public Builder vatRates(VatRates vatRates) {
      this.vatRates = Objects.requireNonNull(vatRates, "vatRates");
      return this;
    }

    public Builder dunning(DunningPolicy dunning) {
      this.dunning = Objects.requireNonNull(dunning, "dunning");
      return this;
    }

    /** How invoices are rendered; plain text unless a PDF renderer is given. */
    public Builder invoiceRenderer(InvoiceRenderer renderer) {
      this.invoiceRenderer = Objects.requireNonNull(renderer, "renderer");
      return this;
    }

    /** Where payments of the built-in billing go; the sandbox by default. */
    public Builder paymentGateway(PaymentGateway gateway) {
      this.paymentGateway = Objects.requireNonNull(gateway, "gateway");
      return this;
    }

    /**
     * A payment service that runs the subscriptions, such as Stripe Billing: buying, changing and
     * ending subscriptions go through it, and refunds; the handler of its webhook events (provider
     * {@link BillingProvider#name()}) keeps the library's mirror, and the built-in renewals and
     * collection leave its subscriptions alone. Without one, the built-in billing runs them through
     * the {@link #paymentGateway payment gateway}.
     */
    public Builder billingProvider(BillingProvider provider) {
      this.billingProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** How queued e-mails are delivered; to the log by default. */
    public Builder mailer(Mailer mailer) {
      this.mailer = Objects.requireNonNull(mailer, "mailer");
      return this;
    }

    /** Argon2id with OWASP's minimum parameters by default. */
    public Builder passwordHasher(PasswordHasher hasher) {
      this.passwordHasher = Objects.requireNonNull(hasher, "hasher");
      return this;
    }

    /** The address users reach the server at, for links in e-mails and as token issuer. */
    public Builder publicUrl(URI publicUrl) {
      this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
      return this;
    }

    /** How often the outbox worker looks for e-mails due for a retry; 5 s by default. */
    public Builder mailPollInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the poll interval must be positive: " + interval);
      }
      this.mailPollInterval = interval;
      return this;
    }

    /**
     * Where attempt limits are counted: in this process's memory by default; shared through the
     * database when several servers run (see persistence-jpa's PostgresRateLimiter).
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * Whether a license has used up a metered quota, for validation's USAGE_LIMIT_REACHED; by
     * default the quotas of the licenses' entitlements ({@code quota:<metric>:<limit>:<period>})
     * against the usage recorded here. {@link UsageCheck#NONE} turns quotas off for validation.
     */
    public Builder usageCheck(UsageCheck usageCheck) {
      this.usageCheck = Objects.requireNonNull(usageCheck, "usageCheck");
      return this;
    }

    /** The limits on attempts; {@link Limits#DEFAULT} unless set. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Takes webhooks of the verifier's provider; one verifier per provider. */
    public Builder webhookVerifier(WebhookVerifier verifier) {
      this.webhookVerifiers.add(Objects.requireNonNull(verifier, "verifier"));
      return this;
    }

    /**
     * Handles the inbox's events of the handler's provider, in place of the library's own handler
     * for that provider, if it has one.
     */
    public Builder inboundEventHandler(InboundEventHandler handler) {
      this.inboundEventHandlers.add(Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** The delays between retries of a failed inbound event; {@link RetrySchedule#DEFAULT}. */
    public Builder webhookRetries(RetrySchedule retries) {
      this.webhookRetries = Objects.requireNonNull(retries, "retries");
      return this;
    }

    public Licensing build() {
      Objects.requireNonNull(persistence, "persistence is required");
      if (signingKeys == null && keyStore == null) {
        throw new NullPointerException("signingKeys or a keyStore are required");
      }
      if (passwordHasher == null) {
        passwordHasher = new Argon2idPasswordHasher();
      }
      return new Licensing(this);
    }
  }
}
