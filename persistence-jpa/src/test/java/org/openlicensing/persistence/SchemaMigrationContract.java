package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.persistence.testing.Tables;

/** The one set of migrations builds the whole schema, on every database we run on. */
abstract class SchemaMigrationContract {
  /** SQLStates of a violated check constraint: PostgreSQL's check_violation, and H2's. */
  private static final List<String> CHECK_VIOLATION = List.of("23514", "23513");

  /** A database whose schema no test of this class has migrated yet. */
  abstract DataSource emptyDatabase();

  @Test
  void migrationsApplyOnceAndLeaveNothingPending() {
    DataSource database = emptyDatabase();

    int applied = SchemaMigration.migrate(database);
    int appliedAgain = SchemaMigration.migrate(database);

    MigrationInfo[] all =
        Flyway.configure()
            .dataSource(database)
            .locations(SchemaMigration.LOCATION)
            .load()
            .info()
            .all();
    assertThat(applied).isPositive().isEqualTo(all.length);
    assertThat(appliedAgain).isZero();
    assertThat(Arrays.stream(all).map(MigrationInfo::getState))
        .containsOnly(MigrationState.SUCCESS);
  }

  @Test
  void schemaHasTheTablesOfTheRepositoriesAndNoOthers() throws SQLException {
    DataSource database = emptyDatabase();
    SchemaMigration.migrate(database);

    List<String> tables = new ArrayList<>();
    try (Connection connection = database.getConnection();
        ResultSet rows =
            connection
                .getMetaData()
                .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }

    assertThat(tables)
        .containsExactlyInAnyOrderElementsOf(
            concat(Tables.CHILDREN_FIRST, Tables.SEEDED, List.of("flyway_schema_history")));
  }

  @Test
  void startedPersistenceWorksOnTheMigratedSchema() {
    DataSource database = emptyDatabase();

    try (JpaPersistence persistence = JpaPersistence.start(database)) {
      assertThat(persistence.transactions().inTransaction(() -> persistence.plans().findAll()))
          .isEmpty();
    }
  }

  @Test
  void roleChangesLockRowIsSeeded() throws SQLException {
    DataSource database = emptyDatabase();
    SchemaMigration.migrate(database);

    try (Connection connection = database.getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT name FROM platform_locks")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("role_changes");
      assertThat(rows.next()).isFalse();
    }
  }

  /** A database made by an earlier release keeps its accounts, which get their name's key. */
  @Test
  void accountsOfTheFirstSchemaGetTheSortKeyOfTheirName() throws SQLException {
    DataSource database = emptyDatabase();
    Flyway.configure()
        .dataSource(database)
        .locations(SchemaMigration.LOCATION)
        .target("1")
        .load()
        .migrate();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO organizations (id, name, personal, created_at) VALUES"
              + " ('01890a5d-ac96-774b-bcce-b302099a8057', 'Personal', true, now())");
      statement.executeUpdate(
          "INSERT INTO accounts (id, email, name, status, password_hash,"
              + " personal_organization_id, created_at) VALUES"
              + " ('01890a5d-ac96-774b-bcce-b302099a8058', 'ada@example.com', 'Ada Lovelace',"
              + " 'ACTIVE', 'hash', '01890a5d-ac96-774b-bcce-b302099a8057', now())");
    }

    SchemaMigration.migrate(database);

    try (Connection connection = database.getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("SELECT name_key FROM accounts")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("ada lovelace");
    }
  }

  /**
   * The table itself keeps open_email in step with the invitation's state, so that the unique key
   * on it means "one open invitation per address" whatever writes the row.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "open       | 'ada@example.com'   | NULL  | NULL    | NULL  | true",
        "accepted   | NULL                | now() | ACCOUNT | NULL  | true",
        "revoked    | NULL                | NULL  | NULL    | now() | true",
        "accepted, still open     | 'ada@example.com' | now() | ACCOUNT | NULL  | false",
        "revoked, still open      | 'ada@example.com' | NULL  | NULL    | now() | false",
        "closed, neither accepted nor revoked | NULL  | NULL  | NULL    | NULL  | false",
        "open to another address  | 'eve@example.com' | NULL  | NULL    | NULL  | false",
        "accepted by nobody       | NULL              | now() | NULL    | NULL  | false",
        "accepted and revoked     | NULL              | now() | ACCOUNT | now() | false"
      })
  void invitationStateIsChecked(
      String state,
      String openEmail,
      String acceptedAt,
      String acceptedBy,
      String revokedAt,
      boolean allowed)
      throws SQLException {
    DataSource database = emptyDatabase();
    SchemaMigration.migrate(database);
    String organization = "'01890a5d-ac96-774b-bcce-b302099a8057'";
    String account = "'01890a5d-ac96-774b-bcce-b302099a8058'";
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO organizations (id, name, personal, created_at) VALUES ("
              + organization
              + ", 'Org', false, now())");
      statement.executeUpdate(
          "INSERT INTO accounts (id, email, name, status, password_hash,"
              + " personal_organization_id, created_at, name_key) VALUES ("
              + account
              + ", 'ada@example.com', 'Ada', 'ACTIVE', 'hash', "
              + organization
              + ", now(), 'ada')");
      String insert =
          "INSERT INTO invitations (id, organization_id, email, role, token_hash, created_at,"
              + " expires_at, open_email, accepted_at, accepted_by, revoked_at) VALUES"
              + " ('01890a5d-ac96-774b-bcce-b302099a8059', "
              + organization
              + ", 'ada@example.com', 'MEMBER', 'hash', now(), now(), "
              + openEmail
              + ", "
              + acceptedAt
              + ", "
              + ("ACCOUNT".equals(acceptedBy) ? account : acceptedBy)
              + ", "
              + revokedAt
              + ")";

      if (allowed) {
        assertThat(statement.executeUpdate(insert)).as(state).isEqualTo(1);
      } else {
        assertThatThrownBy(() -> statement.executeUpdate(insert))
            .as(state)
            .isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getSQLState()).isIn(CHECK_VIOLATION));
      }
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
