package org.openlicensing.persistence.accounts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.openlicensing.core.accounts.AccountSearch;

/**
 * The JPQL of an account search: the filters that are set, the order with the id breaking ties, and
 * the keyset condition that starts a page after the last row of the previous one. Every order has
 * an index of its own (created_at, id), (email) or (name_key, id), so a page without a text filter
 * reads only its own rows.
 */
final class AccountSearchQuery {
  /** Escapes LIKE's wildcards in the searched text; needs no quoting in JPQL or SQL. */
  private static final char ESCAPE = '!';

  /** E-mail addresses are stored in lower case, names have their lower-case key. */
  private static final String TEXT_MATCH =
      "(a.email LIKE :text ESCAPE '!' OR a.nameKey LIKE :text ESCAPE '!')";

  private final String jpql;
  private final Map<String, Object> parameters;
  private final int limit;

  private AccountSearchQuery(String jpql, Map<String, Object> parameters, int limit) {
    this.jpql = jpql;
    this.parameters = parameters;
    this.limit = limit;
  }

  static AccountSearchQuery of(AccountSearch search) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (search.text() != null) {
      conditions.add(TEXT_MATCH);
      parameters.put("text", "%" + escapeWildcards(search.text()) + "%");
    }
    if (search.status() != null) {
      conditions.add("a.status = :status");
      parameters.put("status", search.status());
    }
    if (search.role() != null) {
      conditions.add(":role MEMBER OF a.roles");
      parameters.put("role", search.role());
    }
    if (search.createdFrom() != null) {
      conditions.add("a.createdAt >= :createdFrom");
      parameters.put("createdFrom", search.createdFrom());
    }
    if (search.createdTo() != null) {
      conditions.add("a.createdAt < :createdTo");
      parameters.put("createdTo", search.createdTo());
    }
    String key = sortKey(search);
    String direction = search.descending() ? "DESC" : "ASC";
    if (search.afterId() != null) {
      // "after (value, id)" written so that the index range starts at the value: the first
      // condition bounds the scan, the second skips the rows of the value up to the id.
      String beyond = search.descending() ? "<" : ">";
      conditions.add(String.format("%s %s= :afterValue", key, beyond));
      conditions.add(String.format("(%s %s :afterValue OR a.id %s :afterId)", key, beyond, beyond));
      parameters.put("afterValue", checkedAfterValue(search));
      parameters.put("afterId", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String order = String.format(" ORDER BY %s %s, a.id %s", key, direction, direction);
    return new AccountSearchQuery(
        "SELECT a FROM Account a" + where + order, parameters, search.limit());
  }

  List<AccountEntity> run(EntityManager em) {
    TypedQuery<AccountEntity> query = em.createQuery(jpql, AccountEntity.class);
    parameters.forEach(query::setParameter);
    // EclipseLink writes the values of a LIKE ... ESCAPE into the SQL text unless told to bind
    // them; bound, the searched text can never be read as SQL, whatever the server's settings.
    query.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
    return query.setMaxResults(limit).getResultList();
  }

  private static String sortKey(AccountSearch search) {
    return switch (search.sort()) {
      case CREATED_AT -> "a.createdAt";
      case EMAIL -> "a.email";
      case NAME -> "a.nameKey";
    };
  }

  private static Object checkedAfterValue(AccountSearch search) {
    Object value = search.afterValue();
    Class<?> expected =
        switch (search.sort()) {
          case CREATED_AT -> Instant.class;
          case EMAIL, NAME -> String.class;
        };
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException(
          String.format(
              "the cursor of an order by %s holds a %s, not %s",
              search.sort(), expected.getSimpleName(), value));
    }
    return value;
  }

  /** The text as a LIKE pattern matches it literally: the wildcards and the escape escaped. */
  static String escapeWildcards(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
