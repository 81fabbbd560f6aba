package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.catalog.CatalogFileRepository;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link CatalogFileRepository} promises. */
public abstract class CatalogFileRepositoryContract {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  private Persistence store;
  private CatalogFileRepository files;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    files = store.catalogFiles();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  @Test
  void beforeAnyFileTheAppliedVersionIsZero() {
    assertThat(tx(files::lockAppliedVersion)).isZero();
    assertThat(tx(files::lockAppliedVersion)).as("asking twice makes one row").isZero();
  }

  @Test
  void theSavedVersionIsReadBackByLaterTransactions() {
    store
        .transactions()
        .run(
            () -> {
              files.lockAppliedVersion();
              files.saveAppliedVersion(3, NOW);
            });
    store
        .transactions()
        .run(
            () -> {
              assertThat(files.lockAppliedVersion()).isEqualTo(3);
              files.saveAppliedVersion(5, NOW.plusSeconds(1));
            });

    assertThat(tx(files::lockAppliedVersion)).isEqualTo(5);
  }

  @Test
  void aRolledBackSaveLeavesTheVersionBefore() {
    store
        .transactions()
        .run(
            () -> {
              files.lockAppliedVersion();
              files.saveAppliedVersion(2, NOW);
            });

    try {
      store
          .transactions()
          .run(
              () -> {
                files.lockAppliedVersion();
                files.saveAppliedVersion(9, NOW);
                throw new IllegalStateException("the file failed half way");
              });
    } catch (IllegalStateException expected) {
      // the rollback is what is tested
    }

    assertThat(tx(files::lockAppliedVersion)).isEqualTo(2);
  }
}
