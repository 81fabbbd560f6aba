package org.openlicensing.persistence.auth;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.auth.SessionGrant;
import org.openlicensing.core.auth.SessionRecord;
import org.openlicensing.core.auth.SessionRepository;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.Writes;

/**
 * The sessions table. A session is live while {@code revoked_at} is NULL and {@code expires_at} is
 * after now; every query that speaks of live sessions says both.
 */
public final class JpaSessionRepository implements SessionRepository {
  private static final String LIVE = " AND s.revokedAt IS NULL AND s.expiresAt > :now";

  private final JpaTransactions transactions;

  public JpaSessionRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(SessionRecord session) {
    Writes.insert(transactions.entityManager(), SessionEntity.of(session));
  }

  @Override
  public Optional<SessionRecord> findById(UUID id) {
    return Optional.ofNullable(transactions.entityManager().find(SessionEntity.class, id))
        .map(SessionEntity::toSession);
  }

  /** Newest first; sessions opened in the same instant by id, newest id first. */
  @Override
  public List<SessionRecord> findLiveByAccount(UUID accountId, Instant now) {
    return transactions
        .entityManager()
        .createQuery(
            "SELECT s FROM Session s WHERE s.accountId = :account"
                + LIVE
                + " ORDER BY s.createdAt DESC, s.id DESC",
            SessionEntity.class)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getResultList()
        .stream()
        .map(SessionEntity::toSession)
        .toList();
  }

  /**
   * One statement on three primary keys: the session, its account, and the account's roles, one row
   * per role (a single row with no role when it has none).
   */
  @Override
  public Optional<SessionGrant> authorize(UUID sessionId, Instant now) {
    List<Object[]> rows =
        transactions
            .entityManager()
            .createQuery(
                "SELECT a.id, a.status, r FROM Session s JOIN Account a ON a.id = s.accountId"
                    + " LEFT JOIN a.roles r WHERE s.id = :id"
                    + LIVE,
                Object[].class)
            .setParameter("id", sessionId)
            .setParameter("now", now)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
    for (Object[] row : rows) {
      if (row[2] != null) {
        roles.add((PlatformRole) row[2]);
      }
    }
    Object[] first = rows.get(0);
    return Optional.of(
        new SessionGrant(sessionId, (UUID) first[0], (AccountStatus) first[1], roles));
  }

  /** An address or user agent that is not known (null) leaves the one recorded before. */
  @Override
  public void touch(UUID id, Instant at, String ipAddress, String userAgent) {
    EntityManager em = transactions.entityManager();
    StringBuilder jpql = new StringBuilder("UPDATE Session s SET s.lastUsedAt = :at");
    if (ipAddress != null) {
      jpql.append(", s.ipAddress = :ip");
    }
    if (userAgent != null) {
      jpql.append(", s.userAgent = :agent");
    }
    Query update = em.createQuery(jpql + " WHERE s.id = :id");
    update.setParameter("at", at).setParameter("id", id);
    if (ipAddress != null) {
      update.setParameter("ip", ipAddress);
    }
    if (userAgent != null) {
      update.setParameter("agent", userAgent);
    }
    Writes.update(em, update);
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    EntityManager em = transactions.entityManager();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Session s SET s.revokedAt = :at"
                        + " WHERE s.id = :id AND s.revokedAt IS NULL")
                .setParameter("at", at)
                .setParameter("id", id))
        == 1;
  }

  /** Sessions that have expired are left as they are: they are over already. */
  @Override
  public int revokeAllOfAccount(UUID accountId, Instant at, UUID keep) {
    EntityManager em = transactions.entityManager();
    Query update =
        em.createQuery(
                "UPDATE Session s SET s.revokedAt = :now WHERE s.accountId = :account"
                    + LIVE
                    + (keep == null ? "" : " AND s.id <> :keep"))
            .setParameter("now", at)
            .setParameter("account", accountId);
    if (keep != null) {
      update.setParameter("keep", keep);
    }
    return Writes.update(em, update);
  }
}
