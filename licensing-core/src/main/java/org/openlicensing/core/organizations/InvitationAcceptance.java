package org.openlicensing.core.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.InvitationPreview;
import org.openlicensing.api.organizations.InvitationStatus;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.SignUpInvitations;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.support.Secrets;

/**
 * Turns a pending invitation into a membership, for the account that holds the invited address,
 * verified. The organization and the invitation's row are locked first, so that two acceptances of
 * one token, on any servers, make one membership: the second finds the invitation accepted. Runs in
 * the caller's transaction.
 */
public final class InvitationAcceptance implements SignUpInvitations {
  private static final String CARRIED_PREFIX = "invitation:";
  private static final int MAX_TOKEN_LENGTH = 256;

  private final AccountRepository accounts;
  private final OrganizationRepository organizations;
  private final InvitationRepository invitations;
  private final AuditLog audit;
  private final Clock clock;

  public InvitationAcceptance(
      AccountRepository accounts,
      OrganizationRepository organizations,
      InvitationRepository invitations,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.invitations = invitations;
    this.audit = audit;
    this.clock = clock;
  }

  InvitationPreview preview(String token) {
    Invitation invitation =
        invitations
            .findByTokenHash(hashOf(token))
            .filter(this::isPending)
            .orElseThrow(InvitationAcceptance::invalid);
    String organizationName =
        organizations.findById(invitation.organizationId()).orElseThrow().name();
    return new InvitationPreview(
        organizationName, invitation.email(), invitation.role(), invitation.expiresAt());
  }

  Membership accept(Caller caller, UUID accountId, String token, ClientInfo client) {
    Invitation invitation = lockPending(hashOf(token)).orElseThrow(InvitationAcceptance::invalid);
    Account account =
        accounts.findById(accountId).orElseThrow(() -> LicensingException.notFound("account"));
    if (account.status() != AccountStatus.ACTIVE) {
      throw new LicensingException(
          ErrorCode.EMAIL_NOT_VERIFIED, "verify your e-mail address before you join");
    }
    if (!account.email().equals(invitation.email())) {
      throw new LicensingException(
          ErrorCode.INVITATION_FOR_ANOTHER_ADDRESS,
          "sign in with the address the invitation was sent to, or ask for one to this address");
    }
    if (organizations.roleOf(invitation.organizationId(), accountId).isPresent()) {
      throw new LicensingException(
          ErrorCode.ALREADY_MEMBER, "you are a member of the organization already");
    }
    return join(caller, accountId, invitation, client);
  }

  @Override
  public String carry(String token, EmailAddress email) {
    String hash = hashOf(token);
    invitations
        .findByTokenHash(hash)
        .filter(this::isPending)
        .filter(i -> i.email().equals(email.value()))
        .orElseThrow(
            () ->
                new LicensingException(
                    ErrorCode.TOKEN_INVALID,
                    "the invitation is invalid, used, revoked, expired, or for another address"));
    return CARRIED_PREFIX + hash;
  }

  @Override
  public void joinOnVerification(UUID accountId, String carried, ClientInfo client) {
    if (carried == null || !carried.startsWith(CARRIED_PREFIX)) {
      return;
    }
    Optional<Invitation> invitation = lockPending(carried.substring(CARRIED_PREFIX.length()));
    Optional<Account> account = accounts.findById(accountId);
    if (invitation.isEmpty()
        || account.isEmpty()
        || !account.get().email().equals(invitation.get().email())
        || organizations.roleOf(invitation.get().organizationId(), accountId).isPresent()) {
      return;
    }
    join(null, accountId, invitation.get(), client);
  }

  private Membership join(Caller caller, UUID accountId, Invitation invitation, ClientInfo client) {
    Instant now = clock.instant();
    Membership membership =
        new Membership(invitation.organizationId(), accountId, invitation.role(), now);
    organizations.addMember(membership);
    invitations.markAccepted(invitation.id(), accountId, now);
    audit.record(
        caller,
        AuditEntry.onMember("member.joined", accountId, invitation.organizationId())
            .with("role", invitation.role().name())
            .with("invitation", invitation.id().toString()),
        client);
    return membership;
  }

  /**
   * The pending invitation with the token hash, locked: its organization first, then its row, in
   * the order that sending invitations takes them, so that an acceptance and a renewal of one
   * invitation take turns without deadlocking. Two acceptances of one token: the second finds it
   * accepted.
   */
  private Optional<Invitation> lockPending(String tokenHash) {
    Optional<Invitation> seen = invitations.findByTokenHash(tokenHash).filter(this::isPending);
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    organizations.lock(seen.get().organizationId());
    return invitations.lockByTokenHash(tokenHash).filter(this::isPending);
  }

  private boolean isPending(Invitation invitation) {
    return invitation.statusAt(clock.instant()) == InvitationStatus.PENDING;
  }

  private static String hashOf(String token) {
    if (token == null || token.isBlank()) {
      throw LicensingException.invalid("token", "is required");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw invalid();
    }
    return Secrets.hash(token.strip());
  }

  private static LicensingException invalid() {
    return new LicensingException(
        ErrorCode.TOKEN_INVALID, "the invitation is invalid, used, revoked or expired");
  }
}
