package org.openlicensing.persistence.licenses;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.License;

/**
 * Inserts the licenses of a subscription in JDBC batches on the transaction's own connection. An
 * enterprise subscription makes thousands at once; EclipseLink would register, clone and compare
 * every one of them before writing the same rows, at half the speed.
 */
final class LicenseBatchInsert {
  private static final int BATCH_SIZE = 1_000;
  private static final String INSERT =
      "INSERT INTO licenses (id, license_key, organization_id, subscription_id, plan_code, status,"
          + " expires_at, device_limit, floating, offline_allowed, grace_days,"
          + " token_lifetime_seconds, entitlements, assignee_id, created_at, concurrency_limit,"
          + " heartbeat_window_seconds, user_bound, overage, transfer_rule)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private LicenseBatchInsert() {}

  static void insertAll(EntityManager em, List<License> licenses) {
    // JpaTransactions opened the database transaction at its start: this is its connection.
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int pending = 0;
      for (License license : licenses) {
        bind(insert, license);
        insert.addBatch();
        if (++pending == BATCH_SIZE) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not insert " + licenses.size() + " licenses", e);
    }
  }

  private static void bind(PreparedStatement insert, License license) throws SQLException {
    LicensePolicy policy = license.policy();
    insert.setObject(1, license.id());
    insert.setString(2, license.key());
    insert.setObject(3, license.organizationId());
    insert.setObject(4, license.subscriptionId());
    insert.setString(5, license.plan());
    insert.setString(6, license.status().name());
    insert.setObject(7, utc(license.expiresAt()));
    insert.setInt(8, policy.deviceLimit());
    insert.setBoolean(9, policy.floating());
    insert.setBoolean(10, policy.offlineAllowed());
    insert.setInt(11, policy.graceDays());
    insert.setLong(12, policy.tokenLifetime().toSeconds());
    insert.setString(13, Entitlements.encode(license.entitlements()));
    if (license.assigneeId().isPresent()) {
      insert.setObject(14, license.assigneeId().get());
    } else {
      insert.setNull(14, Types.OTHER);
    }
    insert.setObject(15, utc(license.createdAt()));
    insert.setInt(16, policy.concurrencyLimit());
    insert.setLong(17, policy.heartbeatWindow().toSeconds());
    insert.setBoolean(18, policy.userBound());
    insert.setString(19, policy.overage().name());
    insert.setString(20, policy.transferRule().name());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
