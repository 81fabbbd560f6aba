package org.openlicensing.persistence.organizations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.core.organizations.InvitationRepository;
import org.openlicensing.persistence.InLists;
import org.openlicensing.persistence.JpaTransactions;
import org.openlicensing.persistence.RowLocks;
import org.openlicensing.persistence.Writes;

/**
 * Invitations on the {@code invitations} table. The unique keys do the checking: a second open
 * invitation to an address, or a token hash that is taken, is a DuplicateKeyException.
 */
public final class JpaInvitationRepository implements InvitationRepository {
  private final JpaTransactions transactions;

  public JpaInvitationRepository(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insertAll(List<NewInvitation> invitations) {
    InvitationBatches.insertAll(em(), invitations);
  }

  @Override
  public Optional<Invitation> findById(UUID id) {
    return Optional.ofNullable(em().find(InvitationEntity.class, id))
        .map(InvitationEntity::toInvitation);
  }

  /** On the unique index (organization_id, open_email), a query per thousand addresses. */
  @Override
  public List<Invitation> findOpen(UUID organizationId, Collection<String> emails) {
    List<Invitation> open = new ArrayList<>();
    for (List<String> part : InLists.of(emails)) {
      em().createQuery(
              "SELECT i FROM Invitation i"
                  + " WHERE i.organizationId = :organization AND i.openEmail IN :emails",
              InvitationEntity.class)
          .setParameter("organization", organizationId)
          .setParameter("emails", part)
          .getResultList()
          .forEach(entity -> open.add(entity.toInvitation()));
    }
    return open;
  }

  @Override
  public List<Invitation> listOpen(UUID organizationId, UUID afterId, int limit) {
    TypedQuery<InvitationEntity> query =
        em().createQuery(
                "SELECT i FROM Invitation i"
                    + " WHERE i.organizationId = :organization AND i.openEmail IS NOT NULL"
                    + (afterId == null ? "" : " AND i.id > :after")
                    + " ORDER BY i.id",
                InvitationEntity.class)
            .setParameter("organization", organizationId);
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(InvitationEntity::toInvitation)
        .toList();
  }

  /** {@code SELECT ... FOR UPDATE}: the row stays locked until the transaction ends. */
  @Override
  public Optional<Invitation> lockByTokenHash(String tokenHash) {
    return byTokenHash(tokenHash, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    return byTokenHash(tokenHash, LockModeType.NONE);
  }

  private Optional<Invitation> byTokenHash(String tokenHash, LockModeType lock) {
    EntityManager em = em();
    TypedQuery<InvitationEntity> query =
        em.createQuery(
            "SELECT i FROM Invitation i WHERE i.tokenHash = :hash", InvitationEntity.class);
    return (lock == LockModeType.PESSIMISTIC_WRITE ? RowLocks.forUpdate(em, query) : query)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst()
        .map(InvitationEntity::toInvitation);
  }

  @Override
  public void renewAll(List<Renewal> renewals) {
    InvitationBatches.renewAll(em(), renewals);
  }

  @Override
  public boolean markAccepted(UUID id, UUID accountId, Instant at) {
    EntityManager em = em();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Invitation i"
                        + " SET i.acceptedAt = :at, i.acceptedBy = :account, i.openEmail = NULL"
                        + " WHERE i.id = :id AND i.openEmail IS NOT NULL")
                .setParameter("at", at)
                .setParameter("account", accountId)
                .setParameter("id", id))
        == 1;
  }

  @Override
  public boolean revoke(UUID id, Instant at) {
    EntityManager em = em();
    return Writes.update(
            em,
            em.createQuery(
                    "UPDATE Invitation i SET i.revokedAt = :at, i.openEmail = NULL"
                        + " WHERE i.id = :id AND i.openEmail IS NOT NULL")
                .setParameter("at", at)
                .setParameter("id", id))
        == 1;
  }

  private EntityManager em() {
    return transactions.entityManager();
  }
}
