package org.openlicensing.core.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.OrganizationService;
import org.openlicensing.api.organizations.OrganizationUpdate;
import org.openlicensing.api.organizations.OrganizationView;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;

/** Creating, listing, reading and changing organizations; every change is audited. */
public final class DefaultOrganizationService implements OrganizationService {
  static final int MAX_NAME_LENGTH = 200;

  private final Transactions transactions;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultOrganizationService(
      Transactions transactions,
      OrganizationRepository organizations,
      OrganizationAccess access,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.organizations = organizations;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public OrganizationView create(Caller caller, NewOrganization request, ClientInfo client) {
    UUID ownerId = signedInAccount(caller);
    FieldChecks checks = new FieldChecks();
    String name = checks.text("name", request == null ? null : request.name(), MAX_NAME_LENGTH);
    BillingDetails billing =
        request == null || request.billing() == null
            ? null
            : BillingDetailsChecks.check(request.billing(), checks);
    checks.throwIfAny();
    Instant now = clock.instant();
    Organization organization = new Organization(Ids.newId(clock), name, false, now);
    transactions.run(
        () -> {
          organizations.insert(organization);
          organizations.addMember(
              new Membership(organization.id(), ownerId, OrganizationRole.OWNER, now));
          if (billing != null) {
            organizations.saveBillingDetails(organization.id(), billing);
          }
          audit.record(
              caller,
              AuditEntry.onOrganization("organization.created", organization.id())
                  .with("name", name)
                  .with("billingDetails", Boolean.toString(billing != null)),
              client);
        });
    return new OrganizationView(
        organization, Optional.of(OrganizationRole.OWNER), Optional.ofNullable(billing), 1);
  }

  @Override
  public List<OrganizationView> list(Caller caller) {
    UUID accountId = signedInAccount(caller);
    return transactions.inTransaction(
        () -> {
          List<OrganizationRepository.MemberOf> memberships =
              organizations.organizationsOf(accountId);
          Map<UUID, Integer> counts =
              organizations.countMembers(
                  memberships.stream().map(m -> m.organization().id()).toList());
          return memberships.stream()
              .map(
                  m ->
                      new OrganizationView(
                          m.organization(),
                          Optional.of(m.role()),
                          OrganizationPermission.VIEW_BILLING.allows(m.role())
                              ? organizations.findBillingDetails(m.organization().id())
                              : Optional.empty(),
                          counts.getOrDefault(m.organization().id(), 0)))
              .toList();
        });
  }

  @Override
  public OrganizationView get(Caller caller, UUID organizationId) {
    return transactions.inTransaction(
        () -> {
          OrganizationAccess.Standing standing =
              access.require(caller, organizationId, OrganizationPermission.VIEW_MEMBERS);
          return view(caller, organizationId, standing);
        });
  }

  @Override
  public OrganizationView update(
      Caller caller, UUID organizationId, OrganizationUpdate update, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    if (update == null || (update.name() == null && update.billing() == null)) {
      checks.reject("name", "or billing is required");
    }
    String name =
        update == null || update.name() == null
            ? null
            : checks.text("name", update.name(), MAX_NAME_LENGTH);
    BillingDetails billing =
        update == null || update.billing() == null
            ? null
            : BillingDetailsChecks.check(update.billing(), checks);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          OrganizationAccess.Standing standing =
              access.require(caller, organizationId, OrganizationPermission.VIEW_MEMBERS);
          if (name != null) {
            access.require(caller, organizationId, OrganizationPermission.MANAGE_ORGANIZATION);
          }
          if (billing != null) {
            access.require(caller, organizationId, OrganizationPermission.MANAGE_BILLING);
          }
          Organization current = organizations.lock(organizationId).orElseThrow();
          if (name != null && !name.equals(current.name())) {
            organizations.rename(organizationId, name);
            audit.record(
                caller,
                AuditEntry.onOrganization("organization.renamed", organizationId)
                    .with("from", current.name())
                    .with("to", name),
                client);
          }
          if (billing != null) {
            organizations.saveBillingDetails(organizationId, billing);
            audit.record(
                caller,
                AuditEntry.onOrganization("organization.billing_details_changed", organizationId)
                    .with("country", billing.country()),
                client);
          }
          return view(caller, organizationId, standing);
        });
  }

  private OrganizationView view(
      Caller caller, UUID organizationId, OrganizationAccess.Standing standing) {
    Organization organization = organizations.findById(organizationId).orElseThrow();
    Optional<BillingDetails> billing =
        access.allows(caller, organizationId, OrganizationPermission.VIEW_BILLING)
            ? organizations.findBillingDetails(organizationId)
            : Optional.empty();
    return new OrganizationView(
        organization, standing.role(), billing, organizations.countMembers(organizationId));
  }

  private static UUID signedInAccount(Caller caller) {
    if (caller instanceof Caller.AccountCaller account) {
      return account.principal().accountId();
    }
    throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
  }
}
