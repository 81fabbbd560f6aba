package org.openlicensing.core.organizations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.mail.OrganizationMails;
import org.openlicensing.core.support.Callers;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/**
 * Sends invitations, one or a thousand, in batches: an address with an open invitation gets that
 * invitation renewed (new token, new role, 7 more days) rather than a second one, so invitations do
 * not pile up. Each gets its e-mail and its audit event. Runs in the caller's transaction, with the
 * organization locked.
 */
final class InvitationIssuer {
  static final Duration LIFETIME = Duration.ofDays(7);

  private final InvitationRepository invitations;
  private final AccountRepository accounts;
  private final OrganizationMails mails;
  private final AuditLog audit;
  private final Clock clock;

  InvitationIssuer(
      InvitationRepository invitations,
      AccountRepository accounts,
      OrganizationMails mails,
      AuditLog audit,
      Clock clock) {
    this.invitations = invitations;
    this.accounts = accounts;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Invites each address, in lower case, with its role.
   *
   * @return for each address, its invitation and whether an open one was renewed
   */
  Map<String, Issued> issue(
      Caller caller,
      Organization organization,
      Map<String, OrganizationRole> roles,
      ClientInfo client) {
    Map<String, Invitation> open =
        invitations.findOpen(organization.id(), roles.keySet()).stream()
            .collect(Collectors.toMap(Invitation::email, Function.identity()));
    Instant now = clock.instant();
    Instant expiresAt = now.plus(LIFETIME);
    UUID inviter = Callers.accountIdOf(caller);
    List<InvitationRepository.NewInvitation> created = new ArrayList<>();
    List<InvitationRepository.Renewal> renewed = new ArrayList<>();
    List<AuditEntry> entries = new ArrayList<>();
    Map<String, Issued> issued = new LinkedHashMap<>();
    Map<String, String> secrets = new LinkedHashMap<>();
    roles.forEach(
        (email, role) -> {
          String secret = Secrets.newSecret();
          secrets.put(email, secret);
          Invitation existing = open.get(email);
          UUID id;
          if (existing == null) {
            id = Ids.newId(clock);
            created.add(
                new InvitationRepository.NewInvitation(
                    new Invitation(
                        id,
                        organization.id(),
                        email,
                        role,
                        Optional.ofNullable(inviter),
                        now,
                        expiresAt,
                        Optional.empty(),
                        Optional.empty()),
                    Secrets.hash(secret)));
          } else {
            id = existing.id();
            renewed.add(
                new InvitationRepository.Renewal(
                    id, Secrets.hash(secret), role, inviter, expiresAt));
          }
          issued.put(email, new Issued(id, existing != null));
          entries.add(
              AuditEntry.onInvitation(
                      existing == null ? "invitation.created" : "invitation.renewed",
                      id,
                      organization.id())
                  .with("email", email)
                  .with("role", role.name()));
        });
    if (!created.isEmpty()) {
      invitations.insertAll(created);
    }
    if (!renewed.isEmpty()) {
      invitations.renewAll(renewed);
    }
    String inviterName =
        inviter == null ? null : accounts.findById(inviter).map(Account::name).orElse(null);
    secrets.forEach(
        (email, secret) ->
            mails.invitation(
                email, organization.name(), inviterName, roles.get(email).name(), secret));
    audit.recordAll(caller, entries, client);
    return issued;
  }

  /** An invitation sent, and whether it renewed an open one to the same address. */
  record Issued(UUID invitationId, boolean renewed) {}
}
