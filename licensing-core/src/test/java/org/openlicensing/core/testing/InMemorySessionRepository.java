package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.auth.SessionGrant;
import org.openlicensing.core.auth.SessionRecord;
import org.openlicensing.core.auth.SessionRepository;

final class InMemorySessionRepository implements SessionRepository {
  private static final Comparator<SessionRecord> NEWEST_FIRST =
      Comparator.comparing(SessionRecord::createdAt)
          .thenComparing(SessionRecord::id, UuidOrder.ASCENDING)
          .reversed();

  private final InMemoryTable<UUID, SessionRecord> sessions;
  private final AccountRepository accounts;

  InMemorySessionRepository(InMemoryTransactions transactions, AccountRepository accounts) {
    this.sessions = transactions.table("sessions");
    this.accounts = accounts;
  }

  @Override
  public void insert(SessionRecord session) {
    sessions.requireUnique(!sessions.containsKey(session.id()), "id");
    sessions.put(session.id(), session);
  }

  @Override
  public Optional<SessionRecord> findById(UUID id) {
    return sessions.get(id);
  }

  @Override
  public List<SessionRecord> findLiveByAccount(UUID accountId, Instant now) {
    return sessions.all().stream()
        .filter(s -> s.accountId().equals(accountId) && s.isLiveAt(now))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public Optional<SessionGrant> authorize(UUID sessionId, Instant now) {
    return sessions
        .get(sessionId)
        .filter(s -> s.isLiveAt(now))
        .flatMap(s -> accounts.findById(s.accountId()))
        .map(a -> new SessionGrant(sessionId, a.id(), a.status(), a.roles()));
  }

  /** An address or user agent that is not known (null) leaves the one recorded before. */
  @Override
  public void touch(UUID id, Instant at, String ipAddress, String userAgent) {
    sessions
        .get(id)
        .ifPresent(
            s ->
                sessions.put(
                    id,
                    new SessionRecord(
                        s.id(),
                        s.accountId(),
                        s.createdAt(),
                        at,
                        s.expiresAt(),
                        ipAddress == null ? s.ipAddress() : Optional.of(ipAddress),
                        userAgent == null ? s.userAgent() : Optional.of(userAgent),
                        s.revokedAt())));
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    Optional<SessionRecord> found = sessions.get(id).filter(s -> s.revokedAt().isEmpty());
    found.ifPresent(s -> sessions.put(id, revoked(s, at)));
    return found.isPresent();
  }

  @Override
  public int revokeAllOfAccount(UUID accountId, Instant at, UUID keep) {
    List<SessionRecord> live =
        sessions.all().stream()
            .filter(s -> s.accountId().equals(accountId) && s.isLiveAt(at))
            .filter(s -> !s.id().equals(keep))
            .toList();
    live.forEach(s -> sessions.put(s.id(), revoked(s, at)));
    return live.size();
  }

  private static SessionRecord revoked(SessionRecord s, Instant at) {
    return new SessionRecord(
        s.id(),
        s.accountId(),
        s.createdAt(),
        s.lastUsedAt(),
        s.expiresAt(),
        s.ipAddress(),
        s.userAgent(),
        Optional.of(at));
  }
}
