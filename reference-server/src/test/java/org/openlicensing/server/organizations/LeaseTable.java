package org.openlicensing.server.organizations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The floating leases as the servers stored them, read straight from the activations table on the
 * test's own connections: what the servers answered is checked against what they wrote.
 */
final class LeaseTable {
  private final DataSource database;

  LeaseTable(DataSource database) {
    this.database = database;
  }

  /** A lease of an active activation, dead or alive: a cull has not cleared it yet. */
  record Lease(UUID activationId, UUID licenseId, Instant expiresAt) {}

  /** An activation as stored: whether it is active, and its lease, if it holds one. */
  record Row(boolean active, Optional<Instant> leaseExpiresAt) {}

  /** Every stored lease of an active activation. */
  List<Lease> leases() {
    String sql =
        "SELECT id, license_id, lease_expires_at FROM activations"
            + " WHERE active_fingerprint IS NOT NULL AND lease_expires_at IS NOT NULL";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      List<Lease> leases = new ArrayList<>();
      while (rows.next()) {
        leases.add(
            new Lease(
                rows.getObject(1, UUID.class),
                rows.getObject(2, UUID.class),
                rows.getObject(3, OffsetDateTime.class).toInstant()));
      }
      return leases;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the leases", e);
    }
  }

  /** The activation's row; empty if there is none. */
  Optional<Row> activation(UUID id) {
    String sql =
        "SELECT active_fingerprint IS NOT NULL, lease_expires_at FROM activations WHERE id = ?";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, id);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        OffsetDateTime lease = rows.getObject(2, OffsetDateTime.class);
        return Optional.of(
            new Row(rows.getBoolean(1), Optional.ofNullable(lease).map(OffsetDateTime::toInstant)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read activation " + id, e);
    }
  }
}
