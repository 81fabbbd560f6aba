package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.persistence.JpaTransactions;

/**
 * Licenses as their holders see them, in a fixed number of queries whatever the page size: the
 * licenses with their assignees' addresses, then the active activations of all of them counted at
 * once.
 */
final class LicenseViews {
  /** UUIDs in the order both databases sort them: as unsigned 128-bit numbers. */
  static final Comparator<UUID> ID_ORDER =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private static final String SELECT =
      "SELECT l, a.email FROM License l LEFT JOIN Account a ON a.id = l.assigneeId ";

  private final JpaTransactions transactions;

  LicenseViews(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  Optional<LicenseView> byId(UUID id) {
    EntityManager em = transactions.entityManager();
    List<Object[]> rows =
        em.createQuery(SELECT + "WHERE l.id = :id", Object[].class)
            .setParameter("id", id)
            .getResultList();
    return withCounts(em, rows).stream().findFirst();
  }

  /** A license already read, with its device count known: at most the holder's address is read. */
  LicenseView of(License license, int activeActivations) {
    Optional<String> email =
        license
            .assigneeId()
            .flatMap(
                holder ->
                    transactions
                        .entityManager()
                        .createQuery("SELECT a.email FROM Account a WHERE a.id = :id", String.class)
                        .setParameter("id", holder)
                        .getResultStream()
                        .findFirst());
    return new LicenseView(license, activeActivations, email);
  }

  /**
   * One query for the organizations' licenses and one for the account's, each walking its index in
   * id order and stopping at the limit; the two are merged here. A caller that is no account (an
   * API key) has no account id, and sees the organizations' licenses only.
   */
  List<LicenseView> visible(
      UUID accountId, Collection<UUID> organizationIds, UUID afterId, int limit) {
    EntityManager em = transactions.entityManager();
    Map<UUID, Object[]> merged = new HashMap<>();
    if (!organizationIds.isEmpty()) {
      TypedQuery<Object[]> ofOrganizations =
          em.createQuery(
                  SELECT + "WHERE l.organizationId IN :organizations" + after(afterId),
                  Object[].class)
              .setParameter("organizations", organizationIds);
      collect(ofOrganizations, afterId, limit, merged);
    }
    if (accountId != null) {
      TypedQuery<Object[]> assigned =
          em.createQuery(SELECT + "WHERE l.assigneeId = :account" + after(afterId), Object[].class)
              .setParameter("account", accountId);
      collect(assigned, afterId, limit, merged);
    }
    List<Object[]> page =
        merged.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(ID_ORDER))
            .limit(limit)
            .map(Map.Entry::getValue)
            .toList();
    return withCounts(em, page);
  }

  private static String after(UUID afterId) {
    return (afterId == null ? "" : " AND l.id > :after") + " ORDER BY l.id";
  }

  private static void collect(
      TypedQuery<Object[]> query, UUID afterId, int limit, Map<UUID, Object[]> into) {
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    for (Object[] row : query.setMaxResults(limit).getResultList()) {
      into.put(((LicenseEntity) row[0]).id(), row);
    }
  }

  private static List<LicenseView> withCounts(EntityManager em, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, Object[]> byId = new LinkedHashMap<>();
    rows.forEach(row -> byId.put(((LicenseEntity) row[0]).id(), row));
    Map<UUID, Integer> counts = new HashMap<>();
    em.createQuery(
            "SELECT a.licenseId, COUNT(a) FROM Activation a"
                + " WHERE a.licenseId IN :licenses AND a.activeFingerprint IS NOT NULL"
                + " GROUP BY a.licenseId",
            Object[].class)
        .setParameter("licenses", byId.keySet())
        .getResultList()
        .forEach(count -> counts.put((UUID) count[0], ((Number) count[1]).intValue()));
    List<LicenseView> views = new ArrayList<>(rows.size());
    byId.forEach(
        (id, row) ->
            views.add(
                new LicenseView(
                    ((LicenseEntity) row[0]).toLicense(),
                    counts.getOrDefault(id, 0),
                    Optional.ofNullable((String) row[1]))));
    return views;
  }
}
