package org.openlicensing.core.testing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Rows by primary key, in insertion order, which a rollback restores. */
final class InMemoryTable<K, V> {
  private final InMemoryTransactions transactions;
  private final String name;
  private Map<K, V> rows = new LinkedHashMap<>();
  private Map<K, V> beforeTransaction;

  InMemoryTable(InMemoryTransactions transactions, String name) {
    this.transactions = transactions;
    this.name = name;
  }

  /** Throws DuplicateKeyException, naming the key, unless {@code unique} holds. */
  void requireUnique(boolean unique, String key) {
    transactions.requireUnique(unique, name, key);
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(rows().get(key));
  }

  Collection<V> all() {
    return rows().values();
  }

  void put(K key, V row) {
    rows().put(key, row);
  }

  Optional<V> remove(K key) {
    return Optional.ofNullable(rows().remove(key));
  }

  boolean containsKey(K key) {
    return rows().containsKey(key);
  }

  private Map<K, V> rows() {
    transactions.requireOpen();
    return rows;
  }

  void snapshot() {
    beforeTransaction = new LinkedHashMap<>(rows);
  }

  void commit() {
    beforeTransaction = null;
  }

  void rollback() {
    rows = beforeTransaction;
    beforeTransaction = null;
  }
}
