package org.openlicensing.core.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.BulkReport;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.InvitationPreview;
import org.openlicensing.api.organizations.InvitationService;
import org.openlicensing.api.organizations.InvitationStatus;
import org.openlicensing.api.organizations.InviteRow;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.mail.OrganizationMails;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Cursors;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.throttling.Throttle;

/**
 * Invitations by e-mail: sent, listed, revoked and resent by owners and admins, previewed and
 * accepted by the invited. Sending is limited per organization, as every invitation is an e-mail to
 * an address the inviter chose.
 */
public final class DefaultInvitationService implements InvitationService {
  public static final int MAX_PAGE_SIZE = 500;

  private final Transactions transactions;
  private final OrganizationRepository organizations;
  private final InvitationRepository invitations;
  private final OrganizationLocking locking;
  private final OrganizationAccess access;
  private final InvitationIssuer issuer;
  private final BulkInvitations bulk;
  private final InvitationAcceptance acceptance;
  private final Throttle throttle;
  private final AuditLog audit;
  private final Clock clock;

  /** What the service sends and records with. */
  public record Delivery(
      OrganizationMails mails,
      AccountRepository accounts,
      AuditLog audit,
      Throttle throttle,
      Clock clock) {}

  public DefaultInvitationService(
      Transactions transactions,
      OrganizationRepository organizations,
      InvitationRepository invitations,
      OrganizationAccess access,
      InvitationAcceptance acceptance,
      Delivery delivery) {
    this.transactions = transactions;
    this.organizations = organizations;
    this.invitations = invitations;
    this.access = access;
    this.locking = new OrganizationLocking(access, organizations);
    this.issuer =
        new InvitationIssuer(
            invitations, delivery.accounts(), delivery.mails(), delivery.audit(), delivery.clock());
    this.bulk = new BulkInvitations(organizations, issuer);
    this.acceptance = acceptance;
    this.throttle = delivery.throttle();
    this.audit = delivery.audit();
    this.clock = delivery.clock();
  }

  @Override
  public Invitation invite(
      Caller caller, UUID organizationId, String email, OrganizationRole role, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    EmailAddress address = checks.parse("email", email, EmailAddress::of);
    checks.required("role", role);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          OrganizationLocking.Locked locked = lockForInvitations(caller, organizationId, role);
          if (!organizations.memberEmails(organizationId, List.of(address.value())).isEmpty()) {
            throw new LicensingException(
                ErrorCode.ALREADY_MEMBER, "the address belongs to a member already");
          }
          throttle.perKey(
              throttle.limits().invitationsPerOrganization(), organizationId.toString());
          InvitationIssuer.Issued issued =
              issuer
                  .issue(caller, locked.organization(), Map.of(address.value(), role), client)
                  .get(address.value());
          return invitations.findById(issued.invitationId()).orElseThrow();
        });
  }

  @Override
  public BulkReport inviteAll(
      Caller caller, UUID organizationId, List<InviteRow> rows, ClientInfo client) {
    MembershipRules.requireLines("invitations", rows);
    return transactions.inTransaction(
        () -> {
          OrganizationLocking.Locked locked =
              locking.lockFor(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS);
          locked.requireNotPersonal("takes no invitations");
          BulkInvitations.Plan plan =
              bulk.plan(
                  locked,
                  rows,
                  access.allows(caller, organizationId, OrganizationPermission.MANAGE_OWNERS));
          if (!plan.roles().isEmpty()) {
            throttle.perKey(
                throttle.limits().invitationsPerOrganization(),
                organizationId.toString(),
                plan.roles().size());
          }
          return bulk.carryOut(caller, locked, plan, client);
        });
  }

  @Override
  public Page<Invitation> pending(Caller caller, UUID organizationId, String cursor, int limit) {
    Cursors.requireLimit(limit, MAX_PAGE_SIZE);
    UUID after = Cursors.decodeId(cursor);
    return transactions.inTransaction(
        () -> {
          access.require(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS);
          return Cursors.page(
              invitations.listOpen(organizationId, after, limit + 1),
              limit,
              invitation -> Cursors.encodeId(invitation.id()));
        });
  }

  @Override
  public void revoke(Caller caller, UUID organizationId, UUID invitationId, ClientInfo client) {
    transactions.run(
        () -> {
          Invitation invitation = ofOrganization(caller, organizationId, invitationId);
          lockForInvitations(caller, organizationId, invitation.role());
          if (invitation.acceptedAt().isPresent()) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the invitation was accepted; remove the member instead");
          }
          if (invitations.revoke(invitationId, clock.instant())) {
            audit.record(
                caller,
                AuditEntry.onInvitation("invitation.revoked", invitationId, organizationId)
                    .with("email", invitation.email()),
                client);
          }
        });
  }

  @Override
  public Invitation resend(
      Caller caller, UUID organizationId, UUID invitationId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          Invitation invitation = ofOrganization(caller, organizationId, invitationId);
          OrganizationLocking.Locked locked =
              lockForInvitations(caller, organizationId, invitation.role());
          InvitationStatus status = invitation.statusAt(clock.instant());
          if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the invitation was " + status.name().toLowerCase(Locale.ROOT));
          }
          throttle.perKey(
              throttle.limits().invitationsPerOrganization(), organizationId.toString());
          issuer.issue(
              caller, locked.organization(), Map.of(invitation.email(), invitation.role()), client);
          return invitations.findById(invitationId).orElseThrow();
        });
  }

  @Override
  public InvitationPreview preview(String token, ClientInfo client) {
    throttle.perIp(throttle.limits().invitationAcceptPerIp(), client);
    return transactions.inTransaction(() -> acceptance.preview(token));
  }

  @Override
  public Membership accept(Caller caller, String token, ClientInfo client) {
    if (!(caller instanceof Caller.AccountCaller account)) {
      throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
    }
    throttle.perIp(throttle.limits().invitationAcceptPerIp(), client);
    return transactions.inTransaction(
        () -> acceptance.accept(caller, account.principal().accountId(), token, client));
  }

  /** An invitation of the organization, to a caller who manages its members. */
  private Invitation ofOrganization(Caller caller, UUID organizationId, UUID invitationId) {
    access.require(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS);
    return invitations
        .findById(invitationId)
        .filter(i -> i.organizationId().equals(organizationId))
        .orElseThrow(() -> LicensingException.notFound("invitation"));
  }

  /** Only owners deal in invitations to become an owner. */
  private OrganizationLocking.Locked lockForInvitations(
      Caller caller, UUID organizationId, OrganizationRole role) {
    OrganizationLocking.Locked locked =
        locking.lockFor(caller, organizationId, OrganizationPermission.MANAGE_MEMBERS);
    if (role == OrganizationRole.OWNER) {
      access.require(caller, organizationId, OrganizationPermission.MANAGE_OWNERS);
    }
    locked.requireNotPersonal("takes no invitations");
    return locked;
  }
}
