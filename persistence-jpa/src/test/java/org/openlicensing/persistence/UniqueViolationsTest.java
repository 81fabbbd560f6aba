package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.persistence.DuplicateKeyException;

class UniqueViolationsTest {

  @Test
  void uniqueViolationDeepInTheCausesBecomesDuplicateKey() {
    SQLException violation = new SQLException("duplicate key value", "23505");
    RuntimeException thrown =
        new RollbackException("commit failed", new PersistenceException("flush", violation));

    RuntimeException translated = UniqueViolations.translate(thrown);

    assertThat(translated).isInstanceOf(DuplicateKeyException.class).hasCause(thrown);
  }

  @Test
  void uniqueViolationInTheNextExceptionsOfABatchBecomesDuplicateKey() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(UniqueViolations.translate(new PersistenceException(batch)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void secondEntityWithTheSameIdBecomesDuplicateKey() {
    assertThat(UniqueViolations.translate(new EntityExistsException("already registered")))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void otherFailuresPassUnchanged() {
    PersistenceException foreignKey =
        new PersistenceException(new SQLException("violates foreign key", "23503"));
    IllegalStateException unrelated = new IllegalStateException("boom");

    assertThat(UniqueViolations.translate(foreignKey)).isSameAs(foreignKey);
    assertThat(UniqueViolations.translate(unrelated)).isSameAs(unrelated);
  }

  @Test
  void duplicateKeyPassesUnchanged() {
    DuplicateKeyException duplicate = new DuplicateKeyException("taken", null);

    assertThat(UniqueViolations.translate(duplicate)).isSameAs(duplicate);
  }

  @Test
  void causeChainThatLoopsEnds() {
    SQLException first = new SQLException("first", "HY000");
    SQLException second = new SQLException("second", "HY000");
    first.setNextException(second);
    second.setNextException(first);

    assertThat(UniqueViolations.translate(new PersistenceException(first)))
        .isNotInstanceOf(DuplicateKeyException.class);
  }
}
