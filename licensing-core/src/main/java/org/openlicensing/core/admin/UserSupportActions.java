package org.openlicensing.core.admin;

import java.time.Clock;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.auth.SessionRepository;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;

/**
 * What support staff do to an account: disable or enable it, end its sessions, keep a note. Every
 * action is audited in the same transaction; sending e-mails for the owner is {@link UserEmails}'s.
 */
final class UserSupportActions {
  private static final int MAX_NOTE_LENGTH = 4000;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final SupportNoteRepository notes;
  private final AuditLog audit;
  private final Clock clock;

  UserSupportActions(
      Transactions transactions,
      AccountRepository accounts,
      SessionRepository sessions,
      SupportNoteRepository notes,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.sessions = sessions;
    this.notes = notes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Loads the target and checks that the actor may act on it; runs in the caller's transaction. */
  Account target(Principal actor, UUID userId) {
    // Checked before the lookup, so that a non-admin cannot tell existing ids from others.
    AdminGuard.requireAdmin(actor);
    Account target =
        accounts.findById(userId).orElseThrow(() -> LicensingException.notFound("user"));
    AdminGuard.requireMayManage(actor, target);
    return target;
  }

  void disable(Principal actor, UUID userId, ClientInfo client) {
    transactions.run(
        () -> {
          Account target = target(actor, userId);
          if (target.id().equals(actor.accountId())) {
            throw new LicensingException(ErrorCode.CONFLICT, "you cannot disable your own account");
          }
          if (target.status() == AccountStatus.ERASED) {
            throw new LicensingException(ErrorCode.CONFLICT, "the account is erased");
          }
          if (target.hasRole(PlatformRole.SUPER_ADMIN)) {
            accounts.lockRoleChanges();
            if (target.status() == AccountStatus.ACTIVE
                && accounts.countWithRole(PlatformRole.SUPER_ADMIN) <= 1) {
              throw new LicensingException(
                  ErrorCode.CONFLICT, "the last active SUPER_ADMIN cannot be disabled");
            }
          }
          accounts.updateStatus(userId, AccountStatus.DISABLED);
          int ended = sessions.revokeAllOfAccount(userId, clock.instant(), null);
          audit.record(
              caller(actor),
              AuditEntry.onAccount("user.disabled", userId)
                  .with("previousStatus", target.status().name())
                  .with("sessionsEnded", Integer.toString(ended)),
              client);
        });
  }

  void enable(Principal actor, UUID userId, ClientInfo client) {
    transactions.run(
        () -> {
          Account target = target(actor, userId);
          if (target.status() != AccountStatus.DISABLED) {
            throw new LicensingException(ErrorCode.CONFLICT, "the account is not disabled");
          }
          accounts.updateStatus(userId, AccountStatus.ACTIVE);
          audit.record(caller(actor), AuditEntry.onAccount("user.enabled", userId), client);
        });
  }

  void endSessions(Principal actor, UUID userId, ClientInfo client) {
    transactions.run(
        () -> {
          target(actor, userId);
          int ended = sessions.revokeAllOfAccount(userId, clock.instant(), null);
          audit.record(
              caller(actor),
              AuditEntry.onAccount("user.sessions_ended", userId)
                  .with("sessionsEnded", Integer.toString(ended)),
              client);
        });
  }

  SupportNote addNote(Principal actor, UUID userId, String body, ClientInfo client) {
    AdminGuard.requireAdmin(actor);
    FieldChecks checks = new FieldChecks();
    String text = checks.text("body", body, MAX_NOTE_LENGTH);
    checks.throwIfAny();
    return transactions.inTransaction(
        () -> {
          target(actor, userId);
          SupportNote note =
              new SupportNote(Ids.newId(clock), userId, actor.accountId(), text, clock.instant());
          notes.insert(note);
          audit.record(
              caller(actor),
              AuditEntry.onAccount("user.note_added", userId).with("noteId", note.id().toString()),
              client);
          return note;
        });
  }

  void record(Principal actor, AuditEntry entry, ClientInfo client) {
    audit.record(caller(actor), entry, client);
  }

  private static Caller caller(Principal actor) {
    return new Caller.AccountCaller(actor);
  }
}
