package org.openlicensing.persistence.organizations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository.MemberCursor;
import org.openlicensing.persistence.InLists;

/**
 * Members as the member list shows them: the membership with the account's address and name, read
 * as values in one query (no entity is loaded or kept). Lists of ids or addresses are asked for in
 * parts of {@link InLists#SIZE}, one query per part.
 */
final class MemberQueries {
  private static final String SELECT =
      "SELECT m.accountId, a.email, a.name, m.role, m.joinedAt FROM Membership m"
          + " JOIN Account a ON a.id = m.accountId WHERE m.organizationId = :organization";

  private MemberQueries() {}

  static Optional<Member> find(EntityManager em, UUID organizationId, UUID accountId) {
    return em.createQuery(SELECT + " AND m.accountId = :account", Object[].class)
        .setParameter("organization", organizationId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst()
        .map(MemberQueries::member);
  }

  static List<Member> findAll(EntityManager em, UUID organizationId, Collection<UUID> accountIds) {
    List<Member> members = new ArrayList<>();
    for (List<UUID> part : InLists.of(accountIds)) {
      em.createQuery(SELECT + " AND m.accountId IN :accounts", Object[].class)
          .setParameter("organization", organizationId)
          .setParameter("accounts", part)
          .getResultList()
          .forEach(row -> members.add(member(row)));
    }
    return members;
  }

  /** Account addresses are stored in lower case, as the port's addresses are given. */
  static List<Member> findAllByEmail(
      EntityManager em, UUID organizationId, Collection<String> emails) {
    List<Member> members = new ArrayList<>();
    for (List<String> part : InLists.of(emails)) {
      em.createQuery(SELECT + " AND a.email IN :emails", Object[].class)
          .setParameter("organization", organizationId)
          .setParameter("emails", part)
          .getResultList()
          .forEach(row -> members.add(member(row)));
    }
    return members;
  }

  /**
   * Keyset pagination on the index (organization_id, joined_at, account_id): the condition is
   * written so that its first part bounds the index scan on both databases.
   */
  static List<Member> page(EntityManager em, UUID organizationId, MemberCursor after, int limit) {
    String keyset =
        after == null
            ? ""
            : " AND m.joinedAt >= :joined AND (m.joinedAt > :joined OR m.accountId > :account)";
    TypedQuery<Object[]> query =
        em.createQuery(SELECT + keyset + " ORDER BY m.joinedAt, m.accountId", Object[].class)
            .setParameter("organization", organizationId);
    if (after != null) {
      query.setParameter("joined", after.joinedAt()).setParameter("account", after.accountId());
    }
    return query.setMaxResults(limit).getResultList().stream().map(MemberQueries::member).toList();
  }

  /** Account addresses are stored in lower case, as the port's addresses are given. */
  static Set<String> emails(EntityManager em, UUID organizationId, Collection<String> emails) {
    Set<String> found = new HashSet<>();
    for (List<String> part : InLists.of(emails)) {
      found.addAll(
          em.createQuery(
                  "SELECT a.email FROM Membership m JOIN Account a ON a.id = m.accountId"
                      + " WHERE m.organizationId = :organization AND a.email IN :emails",
                  String.class)
              .setParameter("organization", organizationId)
              .setParameter("emails", part)
              .getResultList());
    }
    return Set.copyOf(found);
  }

  static int count(EntityManager em, UUID organizationId) {
    return em.createQuery(
            "SELECT COUNT(m) FROM Membership m WHERE m.organizationId = :organization", Long.class)
        .setParameter("organization", organizationId)
        .getSingleResult()
        .intValue();
  }

  static Map<UUID, Integer> counts(EntityManager em, Collection<UUID> organizationIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    for (List<UUID> part : InLists.of(organizationIds)) {
      em.createQuery(
              "SELECT m.organizationId, COUNT(m) FROM Membership m"
                  + " WHERE m.organizationId IN :organizations GROUP BY m.organizationId",
              Object[].class)
          .setParameter("organizations", part)
          .getResultList()
          .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
    }
    return Map.copyOf(counts);
  }

  static int countOwners(EntityManager em, UUID organizationId) {
    return em.createQuery(
            "SELECT COUNT(m) FROM Membership m"
                + " WHERE m.organizationId = :organization AND m.role = :owner",
            Long.class)
        .setParameter("organization", organizationId)
        .setParameter("owner", OrganizationRole.OWNER)
        .getSingleResult()
        .intValue();
  }

  private static Member member(Object[] row) {
    return new Member(
        (UUID) row[0],
        (String) row[1],
        (String) row[2],
        (OrganizationRole) row[3],
        (Instant) row[4]);
  }
}
