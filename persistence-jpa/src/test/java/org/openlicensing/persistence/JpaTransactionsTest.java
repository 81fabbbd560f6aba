package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.persistence.testing.H2Database;

/** What the JPA transactions do beyond the contract, seen from the connection pool. */
class JpaTransactionsTest {
  @RegisterExtension static final H2Database DATABASE = new H2Database();

  @Test
  void transactionReadsAndWritesThroughOneConnection() {
    Persistence store = DATABASE.emptyPersistence();
    Organization organization = TestData.organization();

    int connectionsInUse =
        store
            .transactions()
            .inTransaction(
                () -> {
                  store.organizations().findById(organization.id());
                  store.organizations().insert(organization);
                  store.organizations().findById(organization.id());
                  return DATABASE.dataSource().getHikariPoolMXBean().getActiveConnections();
                });

    assertThat(connectionsInUse).isEqualTo(1);
  }

  @Test
  void connectionIsReturnedWhenTheTransactionEnds() {
    Persistence store = DATABASE.emptyPersistence();

    store.transactions().run(() -> store.organizations().insert(TestData.organization()));

    assertThat(DATABASE.dataSource().getHikariPoolMXBean().getActiveConnections()).isZero();
  }
}
