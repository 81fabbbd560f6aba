package org.openlicensing.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** How the PostgreSQL test support behaves when there is no PostgreSQL. */
class PostgresDatabaseTest {
  /** Nothing listens on port 1: the connection is refused at once. */
  private static final PostgresServer NOWHERE =
      new PostgresServer("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "postgres");

  @Test
  void withoutPostgresTheTestsAreDisabledWithAReasonNamingTheUrl() {
    ConditionEvaluationResult result =
        new PostgresDatabase(NOWHERE, false).evaluateExecutionCondition(null);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).hasValueSatisfying(r -> assertThat(r).contains(NOWHERE.url()));
  }

  @Test
  void withoutPostgresUnderCiTheTestsRunAndFailNamingTheUrl() {
    PostgresDatabase database = new PostgresDatabase(NOWHERE, true);

    assertThat(database.evaluateExecutionCondition(null).isDisabled()).isFalse();
    assertThatThrownBy(() -> database.beforeAll(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(NOWHERE.url())
        .hasMessageContaining("CI=true");
  }

  @Test
  void serverComesFromTheEnvironmentWithDefaults() {
    assertThat(PostgresServer.fromEnvironment(Map.of()))
        .isEqualTo(
            new PostgresServer(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres"));
    assertThat(
            PostgresServer.fromEnvironment(
                Map.of(
                    "LICENSING_TEST_PG_URL", "jdbc:postgresql://db:5433/ci",
                    "LICENSING_TEST_PG_USER", "ci",
                    "LICENSING_TEST_PG_PASSWORD", "secret")))
        .isEqualTo(new PostgresServer("jdbc:postgresql://db:5433/ci", "ci", "secret"));
  }
}
